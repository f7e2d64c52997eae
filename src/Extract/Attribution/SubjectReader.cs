using Pipeline.Extract.Model;
using Pipeline.Extract.Pipeline;
using Pipeline.Extract.Text;
using Pipeline.Extract.Zones;

namespace Pipeline.Extract.Attribution;

/// <summary>A name in the body that a figure can be about, in view offsets.</summary>
internal sealed record SubjectMention(int Start, int End, FigureSubject? Subject)
{
    /// <summary>全区 with no zone named before it: the article's primary zone.</summary>
    public bool PrimaryZone { get; init; }
    /// <summary>One item of a list (华为、腾讯等), or a partner of the act (与泉州银行): not who the sentence is about.</summary>
    public bool ListItem { get; init; }
    /// <summary>A place that modifies the noun after it (安徽省重点项目): the subject only of a figure whose metric
    /// begins right after it (我国高新技术企业数量).</summary>
    public bool Modifier { get; init; }
    /// <summary>Opens its clause (after the clause's punctuation, a time or an [opener] word only): a place said so is
    /// what the clause is about and may carry over to the sentences after; elsewhere (引进建设了常州…基地) it says where.</summary>
    public bool OpensClause { get; init; }
    /// <summary>A zone said as where a company or project is (位于青岛高新区的甲公司, 落户成都高新区): not who a figure
    /// is about, in its sentence or after it.</summary>
    public bool Located { get; init; }
    /// <summary>A company named inside the name of an institution (成都京东方医院, 华为大学): not who a figure is about.</summary>
    public bool InInstitution { get; init; }
    /// <summary>A company right after a figure and a [described-after] word past its sentence's first clause (分别为总投资
    /// 10亿元的甲公司项目): one item the figure describes, not what the sentence is about; it carries over to no later sentence.</summary>
    public bool Described { get; init; }
    /// <summary>A zone named inside a bracket after another zone named earlier in its clause (南昌经开区、临空区(赣江新区…)):
    /// an aside on the names before the bracket, not who a figure is about, in its sentence or after it.</summary>
    public bool Aside { get; init; }
    /// <summary>A company introduced as another's subsidiary in its clause (公司控股子公司甲公司, 全资控股的电池工厂——乙公司): the
    /// most specific company of its sentence, the topic that carries over rather than the parent named before it.</summary>
    public bool Subsidiary { get; init; }
    /// <summary>The zone's name in the record (the gazetteer's canonical form) when the subject is a zone.</summary>
    public string? ZoneName { get; init; }
    /// <summary>高新区, 经开区 alone with no zone named before: the kind word as printed, the subject when the
    /// article has no primary zone either.</summary>
    public string? ZoneWord { get; init; }
}

/// <summary>
/// Who a figure is about: the nearest zone, company or place named before it in its sentence (a place such
/// as a city, a province or 全国 is kind <c>place</c> and never becomes the zone); 该公司, 全区 and the like name
/// the company or zone named last. When the sentence names none, the subject of the last sentence that named
/// one carries over (its first name, the sentence's topic); the article's primary zone is the last resort
/// (applied at projection). Items of a list and places said as where something happens are skipped.
/// </summary>
internal sealed class SubjectReader
{
    private readonly AttributionVocabulary _vocabulary;
    private readonly ZoneGazetteer _gazetteer;

    public SubjectReader(AttributionVocabulary vocabulary, ZoneGazetteer gazetteer)
    {
        _vocabulary = vocabulary;
        _gazetteer = gazetteer;
    }

    /// <param name="figureStarts">Where the article's figures start (view offsets).</param>
    /// <param name="figureEnds">Where the article's figures end (view offsets).</param>
    /// <param name="inTime">Whether a view offset lies in a time the article states.</param>
    public List<SubjectMention> Mentions(ArticleText text, ArticleDocument document, ISet<int> figureStarts, ISet<int> figureEnds, Func<int, bool> inTime)
    {
        var named = new List<(int Start, int End, string Label, object Value)>();
        foreach (var a in document.Spans)
            if (a.Label is Labels.Zone or Labels.Enterprise && a.Value != null)
                named.Add((text.FromSource(a.Start), text.FromSourceEnd(a.End), a.Label, a.Value));
        AddCodedCompanies(text, named);
        named.Sort((a, b) => a.Start.CompareTo(b.Start));
        var disclaimers = DisclaimerSentences(text);
        bool InDisclaimer(int at) => disclaimers.Any(d => d.Start <= at && at < d.End);

        var mentions = named.Select(n => new SubjectMention(n.Start, n.End, SubjectOf(n.Value)) { ZoneName = (n.Value as ZoneEntity)?.Name }).ToList();

        bool Overlaps(int s, int e)
        {
            foreach (var n in named)
                if (n.Start < e && s < n.End) return true;
            return false;
        }
        foreach (var word in text.Words)
        {
            if (!IsPlace(word) || Overlaps(word.Start, word.End)) continue;
            // 入选河南省瞪羚企业19家, 拥有全国…: a place right after a verb is in its object, not who acts.
            if (InLocativeObject(text, word.Start) || text.FirstWordFrom(word.Start) is var w and > 0
                && text.Words[w - 1].End == word.Start && text.Words[w - 1].IsVerb) continue;
            // 全国173家: a place right before a figure holds it; before a number that is no figure (中国500强企业) it does not.
            var acts = ActsAt(text, word.End, figureStarts);
            mentions.Add(new SubjectMention(word.Start, word.End, new FigureSubject { Name = text.View.Original(word.Start, word.End), Kind = SubjectKinds.Place })
                { Modifier = !acts, OpensClause = OpensClause(text, word.Start, inTime) });
        }
        // The exchanges a listed company's announcement opens with disclaim it: they are no subject and no antecedent.
        var antecedents = named.Where(n => !InDisclaimer(n.Start)).ToList();
        // 作为一家为长城、比亚迪、蔚来等车企配套的企业,该公司…: the items of a list are no company 该公司 refers back to.
        var companyAntecedents = antecedents.Where((n, i) => n.Label != Labels.Enterprise
            || !IsListItem(text, new SubjectMention(n.Start, n.End, null),
                i + 1 < antecedents.Count ? new SubjectMention(antecedents[i + 1].Start, antecedents[i + 1].End, null) : null)).ToList();
        AddAnaphors(text, companyAntecedents, mentions, _vocabulary.EnterpriseAnaphors, Labels.Enterprise, inTime,
            headlineCompany: HeadlineCompany(document.Record.Title, named));
        AddAnaphors(text, antecedents, mentions, _vocabulary.ZoneAnaphors, Labels.Zone, inTime);
        // 园区全年新增…, 其中,园区38家: 园区 names the zone where it acts; 园区数量方面, 园区企业 are no zone.
        AddAnaphors(text, antecedents, mentions, _vocabulary.ActingZoneAnaphors, Labels.Zone, inTime,
            actsAfter: end => ActsAt(text, end, figureStarts) || inTime(end));
        AddAnaphors(text, antecedents, mentions, _vocabulary.ZoneWords, Labels.Zone, inTime, zoneWords: true);
        mentions.RemoveAll(m => InDisclaimer(m.Start));
        mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
        for (var i = 0; i < mentions.Count; i++)
            if (IsListItem(text, mentions[i], i + 1 < mentions.Count ? mentions[i + 1] : null)
                || i > 0 && mentions[i - 1].ListItem && IsListTail(text, mentions[i - 1], mentions[i])
                || IsPartner(text, mentions, mentions[i].Start)
                || IsExemplar(text, mentions[i])
                || text.EndsWithAny(mentions[i].Start, _vocabulary.PredicateBefore)
                   && !text.EndsWithAny(mentions[i].Start, _vocabulary.CleftBefore))
                mentions[i] = mentions[i] with { ListItem = true };
            else if (mentions[i].Subject?.Kind == SubjectKinds.Zone && IsAside(text, mentions, i))
                mentions[i] = mentions[i] with { Aside = true };
            else if (mentions[i].Subject?.Kind == SubjectKinds.Zone && (IsLocated(text, mentions[i].Start)
                         || IsWhereInClause(text, mentions[i].Start, inTime)))
                mentions[i] = mentions[i] with { Located = true };
            else if (mentions[i].Subject?.Kind == SubjectKinds.Enterprise && text.FollowsAny(mentions[i].End, _vocabulary.InstitutionsAfter))
                mentions[i] = mentions[i] with { InInstitution = true };
            else if (mentions[i].Subject?.Kind == SubjectKinds.Enterprise && IsDescribed(text, mentions[i], figureEnds))
                mentions[i] = mentions[i] with { Described = true };
            else if (mentions[i].Subject?.Kind == SubjectKinds.Enterprise && IsSubsidiary(text, mentions, i))
                mentions[i] = mentions[i] with { Subsidiary = true };
        return mentions;
    }

    /// <summary>位于青岛高新区, 项目选址:四川射洪经济开发区: whether a [located-before] word ends right before the zone, or before
    /// the province or city printed ahead of its name.</summary>
    private bool IsLocated(ArticleText text, int start)
    {
        if (text.EndsWithAny(start, _vocabulary.LocatedBefore)) return true;
        var i = text.FirstWordFrom(start) - 1;
        return i >= 0 && text.Words[i].End == start && IsPlace(text.Words[i]) && text.EndsWithAny(text.Words[i].Start, _vocabulary.LocatedBefore);
    }

    /// <summary>与泉州银行联合设立…: a name after a [partner-before] word is a partner of the act, not who acts; but where a
    /// [government-party] (管委会, 政府) is the other side in its clause (管委会主任张某与甲公司董事长李某签订投资协议), the
    /// government signs and the company invests: the project's figures are the company's. So where a zone is that side
    /// (甲经济开发区与乙公司签约的项目,计划总投资10亿元): a zone signs for its government, with one company, the clause's last
    /// name; a list of names after the partner word (与甲公司、乙项目等11个项目签约) is the partners, the zone acts.</summary>
    private bool IsPartner(ArticleText text, IReadOnlyList<SubjectMention> mentions, int start)
    {
        var partner = _vocabulary.PartnersBefore.FirstOrDefault(w => text.EndsAt(start, w));
        if (partner == null) return false;
        var end = start - partner.Length;
        var clauseStart = text.Text.AsSpan(0, end).LastIndexOfAny(ClauseEnds) + 1;
        var before = text.Text.AsSpan(clauseStart, end - clauseStart);
        foreach (var party in _vocabulary.GovernmentParties)
            if (before.IndexOf(party, StringComparison.Ordinal) >= 0) return false;
        var clauseEnd = text.Text.AsSpan(start).IndexOfAny(ClauseEnds) is var e and >= 0 ? start + e : text.Text.Length;
        var soleCompany = mentions.Any(m => m.Start == start && m.Subject?.Kind == SubjectKinds.Enterprise)
                          && !mentions.Any(m => m.Start > start && m.Start < clauseEnd);
        return !(soleCompany && mentions.Any(m => m.Subject?.Kind == SubjectKinds.Zone && m.Start >= clauseStart && m.End <= end));
    }

    /// <summary>以甲集团和乙公司为代表的重点企业完成产值…: a name between an [exemplar-open] word (以) and an [exemplar-close] word
    /// (为代表, 为龙头) in its clause is an example of the group the clause is about, not who acts.</summary>
    private bool IsExemplar(ArticleText text, SubjectMention mention)
    {
        var t = text.Text;
        // A name the view maps to the text's very end (a caption's last word) has no clause after it to close.
        if (mention.End >= t.Length) return false;
        var clauseStart = t.AsSpan(0, mention.Start).LastIndexOfAny(ClauseEnds) + 1;
        var clauseEnd = t.AsSpan(mention.End).IndexOfAny(ClauseEnds) is var e and >= 0 ? mention.End + e : t.Length;
        var opened = false;
        foreach (var open in _vocabulary.ExemplarOpen)
            for (var at = t.IndexOf(open, clauseStart, mention.Start - clauseStart, StringComparison.Ordinal); at >= 0 && !opened;
                 at = t.IndexOf(open, at + open.Length, mention.Start - at - open.Length, StringComparison.Ordinal))
                opened = text.IsWordBoundary(at) && text.IsWordBoundary(at + open.Length);
        if (!opened) return false;
        foreach (var close in _vocabulary.ExemplarClose)
            if (t.IndexOf(close, mention.End, clauseEnd - mention.End, StringComparison.Ordinal) >= 0) return true;
        return false;
    }

    /// <summary>公司控股子公司贵州甲包装有限公司, 全资控股的电池系统工厂——乙零部件有限公司: whether the company mention
    /// <paramref name="i"/> follows a [subsidiary-before] word in its clause, at most a few characters on, with no other company
    /// named between.</summary>
    private bool IsSubsidiary(ArticleText text, IReadOnlyList<SubjectMention> mentions, int i)
    {
        var start = mentions[i].Start;
        var from = Math.Max(text.Text.AsSpan(0, start).LastIndexOfAny(ClauseEnds) + 1, start - MaxSubsidiaryGap - _vocabulary.SubsidiaryBefore[0].Length);
        var before = text.Text.AsSpan(from, start - from);
        foreach (var cue in _vocabulary.SubsidiaryBefore)
        {
            var at = before.LastIndexOf(cue, StringComparison.Ordinal);
            if (at < 0 || before.Length - at - cue.Length > MaxSubsidiaryGap) continue;
            var cueEnd = from + at + cue.Length;
            if (!mentions.Take(i).Any(m => m.Subject?.Kind == SubjectKinds.Enterprise && m.Start >= cueEnd)) return true;
        }
        return false;
    }

    /// <summary>How far a subsidiary's name may follow its cue (的电池系统工厂——).</summary>
    private const int MaxSubsidiaryGap = 10;

    /// <summary>南昌经开区、临空区(赣江新区经开组团…): whether the zone mention <paramref name="i"/> opens a bracket, after another
    /// zone named earlier in the bracket's clause.</summary>
    private static bool IsAside(ArticleText text, IReadOnlyList<SubjectMention> mentions, int i)
    {
        var start = mentions[i].Start;
        if (start == 0 || text.Text[start - 1] is not ('(' or '（')) return false;
        var clauseStart = text.Text.AsSpan(0, start - 1).LastIndexOfAny(ClauseEnds) + 1;
        return mentions.Take(i).Any(m => m.Subject?.Kind == SubjectKinds.Zone && m.Start >= clauseStart && m.End < start);
    }

    /// <summary>
    /// 注:开发区名称:余杭经济技术开发区: the official names the page gives the zones of the record (a known name of the zone
    /// right after a [zone-name-cue], in the body or a caption, as printed), by the record's zone name. High-tech zones
    /// keep their canonical name. An article-level value: the stage reads it once, where it names the figures' zones.
    /// </summary>
    public Dictionary<string, string> OfficialNames(ArticleDocument document)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var zones = document.Spans.Where(a => a.Label == Labels.Zone).Select(a => a.Value).OfType<ZoneEntity>()
            .Where(z => z.Kind != ZoneNames.HiTech).DistinctBy(z => z.Name).ToList();
        if (zones.Count == 0) return names;
        // Fold keeps one character for one character, so a caption's folded offsets are its printed ones.
        var texts = document.Record.Captions.Select(c => (Folded: TextNormalizer.Fold(c), Original: (Func<int, int, string>)((s, e) => c[s..e])))
            .Prepend((Folded: document.View.Text, Original: document.View.Original));
        foreach (var (folded, original) in texts)
            foreach (var cue in _vocabulary.ZoneNameCues)
                for (var at = TextCharacters.IndexOf(folded, cue); at >= 0; at = folded.IndexOf(cue, at + cue.Length, StringComparison.Ordinal))
                {
                    var start = at + cue.Length;
                    // The longest known name printed there (余杭经济技术开发区, not a shorter form inside it).
                    foreach (var zone in zones)
                        if (!names.ContainsKey(zone.Name)
                            && zone.Aliases.Append(zone.Name).Where(n => string.CompareOrdinal(folded, start, n, 0, n.Length) == 0).MaxBy(n => n.Length) is { } name)
                            names[zone.Name] = PinyinReadings.Without(original(start, start + name.Length));
                }
        return names;
    }

    /// <summary>The sentences that hold a [disclaimer] word (香港联合交易所有限公司对本公告的内容概不负责), as view spans.</summary>
    private List<(int Start, int End)> DisclaimerSentences(ArticleText text)
    {
        var sentences = new List<(int Start, int End)>();
        foreach (var word in _vocabulary.Disclaimers)
            for (var at = TextCharacters.IndexOf(text.Text, word); at >= 0; at = text.Text.IndexOf(word, at + word.Length, StringComparison.Ordinal))
                sentences.Add(text.SentenceAround(at, at + word.Length));
        return sentences;
    }

    /// <summary>分别为总投资3亿元的甲公司项目、总投资10亿元的乙公司项目: a company right after a figure's end and a
    /// [described-after] word, after a [list-lead] word in its sentence. Elsewhere (总投资10亿元的甲公司二期项目在园区投产)
    /// the thing described is what the sentence is about.</summary>
    private bool IsDescribed(ArticleText text, SubjectMention mention, ISet<int> figureEnds)
    {
        if (!_vocabulary.DescribedAfter.Any(w => text.EndsAt(mention.Start, w) && figureEnds.Contains(mention.Start - w.Length))) return false;
        var (sentenceStart, _) = text.SentenceAround(mention.Start, mention.End);
        var before = text.Text.AsSpan(sentenceStart, mention.Start - sentenceStart);
        foreach (var lead in _vocabulary.ListLeads)
            if (before.IndexOf(lead, StringComparison.Ordinal) >= 0) return true;
        return false;
    }

    /// <summary>
    /// 天山生物(300313,收盘价12.25元), 中星集团控股(00055.HK): the name printed right before a bracketed stock code is a
    /// company's, as the page prints it, whether or not the enterprise stage found it; it stands for a company name found
    /// inside it (一汽 in 一汽轿车(000800)). The name runs back over Han letters and Latin letters to the punctuation
    /// before it, a break or a space, without leading verbs and function words (公告称天山生物); none when it meets a zone.
    /// </summary>
    private void AddCodedCompanies(ArticleText text, List<(int Start, int End, string Label, object Value)> named)
    {
        var t = text.Text;
        for (var open = t.IndexOf('('); open >= 0; open = t.IndexOf('(', open + 1))
        {
            if (!IsStockCode(t, open + 1)) continue;
            var end = open;
            while (end > 0 && t[end - 1] == ' ') end--;
            // A line the view joined to the next (a heading above 创元科技(000551)) or a word the page sets apart is no part of the name.
            var start = CodedNameStart(t, end, text.View.ApartFromBefore);
            if (end - start > MaxCodedName) continue;
            for (var i = text.FirstWordFrom(start); i < text.Words.Count && text.Words[i].End < end; i++)
            {
                var word = text.Words[i];
                if (!(word.IsVerb || word.Tag is "p" or "c" or "r" || word.Tag.StartsWith('u'))) break;
                start = word.End;
            }
            if (end - start < MinCodedName || named.Any(n => n.Label != Labels.Enterprise && n.Start < end && start < n.End)) continue;
            named.RemoveAll(n => n.Start < end && start < n.End);
            named.Add((start, end, Labels.Enterprise, new EnterpriseEntity { Name = PinyinReadings.Without(text.View.Original(start, end)) }));
        }
    }

    /// <summary>Where the name printed before a stock code's bracket at <paramref name="end"/> starts: back over Han and Latin
    /// letters, at most one character past <see cref="MaxCodedName"/> (a longer run is no name), to the first that
    /// <paramref name="apartBefore"/> sets apart.</summary>
    private static int CodedNameStart(string t, int end, Func<int, bool> apartBefore)
    {
        var start = end;
        while (start > 0 && end - start <= MaxCodedName && IsNameChar(t[start - 1]) && !apartBefore(start)) start--;
        return start;
    }

    /// <summary>
    /// HK]恒基地产(00012):二零二五年中期业绩公布 over a body that says only 集團截至…, 高铁电气:上市公告书 over 本公司首次公开发行…: the
    /// company the headline names, which 本公司, 该公司 and 集团 refer to where the body names no company before them — the
    /// body's company whose name or alias the headline prints first, else the name the headline prints before a bracketed
    /// stock code. Null when the headline names no company.
    /// </summary>
    private FigureSubject? HeadlineCompany(string? title, List<(int Start, int End, string Label, object Value)> named)
    {
        if (string.IsNullOrWhiteSpace(title)) return null;
        // Fold keeps one character for one character, so the folded headline's offsets are its printed ones.
        var folded = TextNormalizer.Fold(title);
        EnterpriseEntity? first = null;
        var firstAt = int.MaxValue;
        foreach (var (_, _, label, value) in named)
            if (label == Labels.Enterprise && value is EnterpriseEntity company)
                foreach (var name in company.Aliases.Prepend(company.Name))
                    if (folded.IndexOf(TextNormalizer.Fold(name), StringComparison.Ordinal) is >= 0 and var at && at < firstAt)
                        (first, firstAt) = (company, at);
        if (first != null) return SubjectOf(first);
        for (var open = folded.IndexOf('('); open >= 0; open = folded.IndexOf('(', open + 1))
        {
            if (!IsStockCode(folded, open + 1)) continue;
            var end = open;
            while (end > 0 && folded[end - 1] == ' ') end--;
            var start = CodedNameStart(folded, end, _ => false);
            if (end - start is >= MinCodedName and <= MaxCodedName)
                return new FigureSubject { Name = PinyinReadings.Without(title[start..end]), Kind = SubjectKinds.Enterprise };
        }
        return null;
    }

    /// <summary>Whether a stock code starts at <paramref name="at"/> (after a [code-label] of stock-codes.txt and a colon, if
    /// any): six digits, or four or five with an [exchange] (00055.HK), or five padded with a leading zero (01255), ending
    /// at a bracket or a comma.</summary>
    private bool IsStockCode(string t, int at)
    {
        if (_vocabulary.StockCodes.LabelAt(t, at) is { } lead)
        {
            at += lead.Length;
            if (at < t.Length && t[at] == ':') at++;
        }
        var digits = at;
        while (digits < t.Length && char.IsAsciiDigit(t[digits])) digits++;
        var count = digits - at;
        var exchange = digits < t.Length && t[digits] == '.' ? _vocabulary.StockCodes.ExchangeAt(t, digits + 1) : null;
        // 中星集团控股(00055): Hong Kong pads its codes to five digits with zeros, which no year or count is written with.
        var paddedHongKong = count == HongKongCodeDigits && t[at] == '0';
        if (!(count == StockCodeDigits || count is >= 4 and < StockCodeDigits && (exchange != null || paddedHongKong))) return false;
        var after = exchange != null ? digits + 1 + exchange.Length : digits;
        return after < t.Length && t[after] is ')' or ',';
    }

    private static bool IsNameChar(char c) => ChineseScript.IsHan(c) || char.IsAsciiLetter(c);

    /// <summary>Digits of a mainland stock code (600000); Hong Kong's have four or five (0700.HK, 00055.HK).</summary>
    private const int StockCodeDigits = 6;

    /// <summary>Digits of a Hong Kong stock code as exchanges print it, zero-padded (00055, 01255).</summary>
    private const int HongKongCodeDigits = 5;

    /// <summary>How long a name before a stock code may be (中星集团控股), and must be.</summary>
    private const int MaxCodedName = 12;
    private const int MinCodedName = 2;

    /// <summary>Whether a name ending at <paramref name="at"/> acts or holds a figure: the figure, a verb or an adverb follows
    /// (全国173家, 成都市新增); before a noun (安徽省重点项目, 园区企业) it only modifies it.</summary>
    private static bool ActsAt(ArticleText text, int at, ISet<int> figureStarts) =>
        figureStarts.Contains(at) || text.WordAt(at) is { } next && (next.IsVerb || next.IsAdverb);

    /// <summary>Whether the text before <paramref name="start"/> back to its clause's punctuation holds only times and
    /// [opener] words (其中, 同时).</summary>
    private bool OpensClause(ArticleText text, int start, Func<int, bool> inTime)
    {
        var at = start;
        while (at > 0 && !ClauseEnds.Contains(text.Text[at - 1]))
        {
            if (inTime(at - 1))
            {
                while (at > 0 && inTime(at - 1)) at--;
                continue;
            }
            var opener = _vocabulary.ClauseOpeners.FirstOrDefault(w => text.EndsAt(at, w));
            if (opener == null) return false;
            at -= opener.Length;
        }
        return true;
    }

    /// <summary>Punctuation (and quotes) that ends a clause, or opens a quoted one.</summary>
    private const string ClauseEnds = "，,。；;：:！？!?\n“”\"「」";
    private static readonly char[] ClauseEndChars = ClauseEnds.ToCharArray();

    /// <summary>The subject of a figure at <paramref name="figureStart"/> in the sentence from <paramref name="sentenceStart"/>;
    /// null when nothing before it names one.</summary>
    /// <param name="figureEnd">Where the figure ends: a company right after it and 的 is what the figure describes
    /// (投资6亿元的云帆科技数据中心); a zone there is where the thing described is (投资12亿元的成都高新区西区基地).</param>
    /// <param name="metricStart">Where the figure's metric starts, if it has one before it.</param>
    /// <param name="figureStarts">Where the article's figures start, in order (view offsets).</param>
    public SubjectMention? SubjectOf(ArticleText text, IReadOnlyList<SubjectMention> mentions, int sentenceStart, int figureStart, int figureEnd, int? metricStart,
        IReadOnlyList<int> figureStarts)
    {
        if (Respective(text, mentions, sentenceStart, figureStart, figureStarts) is { } item) return item;
        var described = _vocabulary.DescribedAfter.FirstOrDefault(w => text.Follows(figureEnd, w)) is { } link
            ? mentions.FirstOrDefault(m => m.Start == figureEnd + link.Length && m.Subject?.Kind == SubjectKinds.Enterprise)
            : null;
        if (described != null) return described;
        // 华为、腾讯等1000余家企业, 协鑫西南总部等10余个项目: a count of a group (after 等 in its clause, with no name
        // after the 等) belongs to the zone or place around the group, never to a company in or before it.
        if (GroupStart(text, mentions, sentenceStart, figureStart) >= 0 || TotalsList(text, mentions, sentenceStart, figureStart, figureEnd)
            || FollowsGroupCount(text, mentions, sentenceStart, figureStart, figureEnd, figureStarts))
            return SubjectAmong(text, mentions.Where(m => m.Subject?.Kind != SubjectKinds.Enterprise).ToList(), sentenceStart, figureStart, metricStart);
        return Speaker(text, mentions, figureStart) ?? SubjectAmong(text, mentions, sentenceStart, figureStart, metricStart);
    }

    /// <summary>
    /// 上海张江高新区、深圳高新区分列第二、三位,分别拥有百强公司8家和7家: after a list of names and a [respectively] word (change-cues.txt),
    /// the figures of the sentence after the word go to the names in turn (the k-th figure to the k-th name, round again when
    /// a level and its change are given for each: 营收分别为10亿元、8亿元,同比增长5%、3%). Null when the sentence has no such
    /// list, or its figures after the word are no whole number of rounds of its names.
    /// </summary>
    private SubjectMention? Respective(ArticleText text, IReadOnlyList<SubjectMention> mentions, int sentenceStart, int figureStart,
        IReadOnlyList<int> figureStarts)
    {
        var respectively = -1;
        foreach (var word in _vocabulary.Respectively)
            for (var at = text.Text.IndexOf(word, sentenceStart, figureStart - sentenceStart, StringComparison.Ordinal); at >= 0;
                 at = text.Text.IndexOf(word, at + word.Length, figureStart - at - word.Length, StringComparison.Ordinal))
                respectively = Math.Max(respectively, at);
        if (respectively < 0) return null;
        var items = ListBefore(text, mentions, sentenceStart, respectively);
        if (items.Count < 2) return null;
        var (_, sentenceEnd) = text.SentenceAround(figureStart, figureStart);
        var after = figureStarts.Where(f => f > respectively && f < sentenceEnd).ToList();
        var k = after.IndexOf(figureStart);
        return k >= 0 && after.Count % items.Count == 0 ? items[k % items.Count] : null;
    }

    /// <summary>The names of the last list in the sentence before <paramref name="end"/>: a run of list items and the name
    /// that closes it (华为、腾讯和阿里).</summary>
    private List<SubjectMention> ListBefore(ArticleText text, IReadOnlyList<SubjectMention> mentions, int sentenceStart, int end)
    {
        var inSentence = mentions.Where(m => m.Start >= sentenceStart && m.End <= end && m.Subject != null).ToList();
        var last = inSentence.FindLastIndex(m => m.ListItem);
        if (last < 0) return [];
        var first = last;
        while (first > 0 && inSentence[first - 1].ListItem) first--;
        var items = inSentence.GetRange(first, last - first + 1);
        if (last + 1 < inSentence.Count && text.Text[inSentence[last].End..inSentence[last + 1].Start].Trim() is var gap
            && (gap == "、" || _vocabulary.ListAfter.Contains(gap)))
            items.Add(inSentence[last + 1]);
        return items;
    }

    /// <summary>
    /// “我们紧急调配了8辆冷链车……”雄川氢能副总经理李荣军介绍: a figure in a quotation that names no one before it is
    /// said of the speaker's company or zone, named right after the closing quote; null when the figure is in no
    /// quotation, the quotation names someone before it, or no company or zone follows the quote.
    /// </summary>
    private static SubjectMention? Speaker(ArticleText text, IReadOnlyList<SubjectMention> mentions, int figureStart)
    {
        var t = text.Text;
        var open = t.LastIndexOfAny(QuoteOpens, Math.Max(figureStart - 1, 0));
        if (open < 0 || t.IndexOfAny(QuoteCloses, open, figureStart - open) >= 0) return null;
        var close = t.IndexOfAny(QuoteCloses, figureStart);
        if (close < 0 || t.IndexOf('\n', figureStart, close - figureStart) >= 0) return null;
        if (mentions.Any(m => m.Start > open && m.Start < figureStart)) return null;
        var after = close + 1;
        while (after < t.Length && t[after] == ' ') after++;
        var speaker = mentions.FirstOrDefault(m => m.Start == after);
        return speaker?.Subject?.Kind is SubjectKinds.Enterprise or SubjectKinds.Zone && !speaker.ListItem ? speaker : null;
    }

    /// <summary>Marks that open and close a quotation (the folded view keeps Chinese curly quotes).</summary>
    private static readonly char[] QuoteOpens = ['“', '「'];
    private static readonly char[] QuoteCloses = ['”', '」'];

    private static SubjectMention? SubjectAmong(ArticleText text, IReadOnlyList<SubjectMention> mentions, int sentenceStart, int figureStart, int? metricStart)
    {
        SubjectMention? carried = null;
        SubjectMention? holder = null;
        for (var i = mentions.Count - 1; i >= 0; i--)
        {
            var m = mentions[i];
            if (m.End > figureStart || m.ListItem || m.Located || m.InInstitution || m.Aside) continue;
            if (m.Modifier)
            {
                // 我国高新技术企业数量: a place right before the metric holds it, unless the sentence names another
                // subject before it (芜湖高新区被列入安徽省重点项目).
                // 入选河南省瞪羚企业19家: a place inside the object of a verb holds nothing; the sentence's subject does.
                if (m.End == metricStart && m.Start >= sentenceStart && m.OpensClause) holder ??= m;
                continue;
            }
            if (m.Start >= sentenceStart) return m;
            // A place that says where (引进建设了常州…基地), or a company one figure describes, is no topic that carries over.
            if (IsWhere(m) || m.Described) continue;
            carried = m;
            break;
        }
        if (holder != null) return holder;
        if (carried == null) return null;
        // The topic of the sentence the last name was in: its first name that is no list item.
        var (start, _) = text.SentenceAround(carried.Start, carried.End);
        var inSentence = mentions.Where(m => m.Start >= start && m.End <= carried.End && !m.ListItem && !m.Modifier && !m.Located && !m.InInstitution && !m.Aside
                                             && !IsWhere(m) && !m.Described).ToList();
        // 甲公司公告称,公司控股子公司乙公司拟投资…: the subsidiary is what the sentence is about, not its parent.
        var subsidiary = inSentence.FirstOrDefault(m => m.Subsidiary);
        var topic = subsidiary ?? inSentence.FirstOrDefault() ?? carried;
        // 奇瑞汽车位居…,美的集团位居…,信义集团成为…: a sentence about several companies in turn has no company the
        // next sentence goes on about; the zone or place before them carries instead. A parent before its subsidiary is no other company.
        if (topic.Subject?.Kind == SubjectKinds.Enterprise
            && inSentence.Where(m => m.Subject?.Kind == SubjectKinds.Enterprise && (subsidiary == null || m.Start >= subsidiary.Start))
                .Select(m => m.Subject!.Name).Distinct().Count() > 1)
            return SubjectAmong(text, mentions.Where(m => m.Subject?.Kind != SubjectKinds.Enterprise).ToList(), sentenceStart, figureStart, metricStart);
        return topic;
    }

    private static bool IsWhere(SubjectMention m) => m.Subject?.Kind == SubjectKinds.Place && !m.OpensClause;

    /// <summary>What joins the items of a list (、 and [list-after] words).</summary>
    private string[] ListJoiners => _listJoiners ??= _vocabulary.ListAfter.Append("、").ToArray();
    private string[]? _listJoiners;

    /// <summary>Whether the text from <paramref name="from"/> to <paramref name="to"/> is nothing, or at most
    /// <see cref="MaxItemWords"/> nouns of a list item (新能源, 二期).</summary>
    private static bool OnlyItemNouns(ArticleText text, int from, int to)
    {
        var at = from;
        for (var words = 0; at < to && words < MaxItemWords; words++)
        {
            if (text.WordAt(at) is not { } word || word.End > to || !IsItemNoun(word)) return false;
            at = word.End;
        }
        return at == to;
    }

    /// <summary>甲项目、乙基地和丙中心共6个项目: whether the figure is a count of [group-noun]s right after a [group-total] word, in a
    /// clause that lists (、) names before it: the count totals the list, a group.</summary>
    private bool TotalsList(ArticleText text, IReadOnlyList<SubjectMention> mentions, int sentenceStart, int figureStart, int figureEnd)
    {
        if (!IsCount(text, figureEnd) || !_vocabulary.GroupTotal.Any(w => text.EndsAt(figureStart, w))
            || !_vocabulary.GroupNouns.Any(w => text.Follows(figureEnd, w))) return false;
        var clauseStart = ClauseStart(text, sentenceStart, figureStart);
        return text.Text.IndexOf('、', clauseStart, figureStart - clauseStart) >= 0
               && mentions.Any(m => m.Subject != null && m.Start >= clauseStart && m.End <= figureStart);
    }

    /// <summary>甲、乙等8个项目已建成投产,总投资13亿元: whether the figure's clause names no one and follows, in its sentence after a
    /// comma, a clause whose subject is a group a count gives (等8个项目, 共6个项目): the figure is the group's.</summary>
    private bool FollowsGroupCount(ArticleText text, IReadOnlyList<SubjectMention> mentions, int sentenceStart, int figureStart, int figureEnd,
        IReadOnlyList<int> figureStarts)
    {
        var clauseStart = ClauseStart(text, sentenceStart, figureStart);
        if (clauseStart <= sentenceStart || text.Text[clauseStart - 1] is not ('，' or ',')
            || mentions.Any(m => m.Start >= clauseStart && m.End <= figureStart)) return false;
        var before = ClauseStart(text, sentenceStart, clauseStart - 1);
        foreach (var f in figureStarts)
        {
            if (f < before || f >= clauseStart) continue;
            var end = f;
            while (end < clauseStart && !char.IsWhiteSpace(text.Text[end]) && (char.IsAsciiDigit(text.Text[end]) || text.Text[end] is '.' or '余' or '多')) end++;
            if (end < clauseStart && CountUnits.Contains(text.Text[end])
                && (GroupStart(text, mentions, sentenceStart, f) >= 0 || TotalsList(text, mentions, sentenceStart, f, end + 1))) return true;
        }
        return false;
    }

    /// <summary>Where the clause around <paramref name="at"/> starts: after the last clause punctuation before it, at the sentence's start at most.</summary>
    private static int ClauseStart(ArticleText text, int sentenceStart, int at)
    {
        var cut = text.Text.LastIndexOfAny(ClauseEndChars, Math.Max(at - 1, 0));
        return Math.Max(cut + 1, sentenceStart);
    }

    /// <summary>Whether the figure ending at <paramref name="figureEnd"/> counts things (6个, 30家, 12项).</summary>
    private static bool IsCount(ArticleText text, int figureEnd) => figureEnd > 0 && CountUnits.Contains(text.Text[figureEnd - 1]);

    /// <summary>The units of counts of projects and companies.</summary>
    private const string CountUnits = "个個家项項户戶";

    /// <summary>Where the group a figure counts begins: the [group-close] word (等) in the figure's clause with no name
    /// after it, or the last name of a list right before the figure; -1 when the figure counts no group.</summary>
    private int GroupStart(ArticleText text, IReadOnlyList<SubjectMention> mentions, int sentenceStart, int figureStart)
    {
        // 恒瑞医药、药明康德2家企业: the list's last name right before the count (or its item's nouns: 飞毛腿新能源及协鑫新能源2个
        // 项目), after an item the list joins to it, a name or not.
        var last = mentions.LastOrDefault(m => m.Start >= sentenceStart && m.End <= figureStart && OnlyItemNouns(text, m.End, figureStart));
        if (last != null && (mentions.Any(m => m.ListItem && m.End < last.Start && m.Start >= sentenceStart
                                               && text.Text[m.End..last.Start].Trim() is "、" or "和" or "与" or "及")
                             || text.EndsWithAny(last.Start, ListJoiners)))
            return last.Start;
        for (var at = figureStart - 1; at >= sentenceStart; at--)
        {
            if ("，,；;：:".Contains(text.Text[at])) return -1;
            foreach (var word in _vocabulary.GroupClose)
                if (text.EndsAt(at + 1, word))
                    return mentions.Any(m => m.Start >= at + 1 && m.End <= figureStart) ? -1 : at + 1 - word.Length;
        }
        return -1;
    }

    /// <summary>A zone's or company's mention as a subject. A zone is named as its mentions print it; the official name the page
    /// gives it, an article-level value, replaces that once at projection (<see cref="ZoneSubjectNames"/>).</summary>
    private FigureSubject? SubjectOf(object value) => value switch
    {
        ZoneEntity z => new FigureSubject { Name = SubjectName(z, _vocabulary.ZoneNameWords), Kind = SubjectKinds.Zone },
        EnterpriseEntity e => new FigureSubject { Name = e.Name, Kind = SubjectKinds.Enterprise },
        _ => null,
    };

    /// <summary>
    /// A zone as a subject is named as GUIDE names zones: a high-tech zone by its canonical <c>&lt;place&gt;高新区</c>;
    /// other kinds keep their own form, the fullest the article prints (广州开发区, 上饶经济技术开发区, not the
    /// gazetteer's 广州经开区; 松江经济技术开发区 where it also says 松江经开区: the longest printed name, the first of the
    /// longest), without 国家级, and without the 市 of a city right before a zone word (巴中市经开区 → 巴中经开区, as zones
    /// are named; 天水市經濟技術開發區 → 天水經濟技術開發區), and in the article's own script: a Traditional page's 武漢東湖高新區
    /// where it prints the canonical name so. The figure's <c>zone</c> keeps the record's name, so a table still groups by it.
    /// </summary>
    /// <param name="zoneWords">The zone words and full kind names (经开区, 经济技术开发区) a city's 市 is dropped before, which
    /// alone name no zone.</param>
    /// <param name="officialNames">The official names the page gives its zones (余杭经济技术开发区 for 临平开发区): such a name wins.</param>
    public static string SubjectName(ZoneEntity zone, IReadOnlyCollection<string> zoneWords, IReadOnlyDictionary<string, string>? officialNames = null)
    {
        if (officialNames != null && officialNames.TryGetValue(zone.Name, out var official)) return official;
        var name = zone.Name;
        if (zone.Kind != ZoneNames.HiTech && zone.Mentions.Count > 0)
        {
            // 经开区 alone names no zone: the zone's full name (岳阳经济技术开发区) stands for it.
            var printed = zone.Mentions.Select(m => WithoutNational(PinyinReadings.Without(m.Text)))
                .Where(p => p.Length >= 3 && !IsBareZoneWord(p, zoneWords)).MaxBy(p => p.Length);
            name = printed ?? zone.Aliases.FirstOrDefault(a => !IsBareZoneWord(a, zoneWords) && WithoutNational(a) == a
                                                              && TextNormalizer.Fold(a) == a) ?? zone.Name;
        }
        return InPrintedScript(WithoutCityMark(name, zoneWords), zone.Mentions);
    }

    /// <summary>The name without 国家级 or 国家, in either script (井岡山國家經濟技術開發區).</summary>
    private static string WithoutNational(string name) =>
        name.Replace("国家级", "").Replace("國家級", "").Replace("国家", "").Replace("國家", "");

    private static bool IsBareZoneWord(string name, IReadOnlyCollection<string> zoneWords) =>
        zoneWords.Contains(TextNormalizer.Fold(name));

    /// <summary>The name in the script the article prints the zone in: a mention that is the same name in another script
    /// (武漢東湖高新區 for 武汉东湖高新区) as printed; else the name with each character the mentions print in Traditional
    /// printed so (武漢市東湖高新區 prints 武汉东湖高新区 as 武漢東湖高新區); only the article's own writing says which form a
    /// character takes (松山湖 keeps its 松, though 鬆 also folds to it). The name itself when the mentions are Simplified.
    /// Pinyin readings glued into a mention (蘇州工業(yè)園區(qū)) are no part of it.</summary>
    private static string InPrintedScript(string name, IReadOnlyList<Mention> mentions)
    {
        Dictionary<char, char>? printedAs = null;
        foreach (var mention in mentions)
        {
            var printed = PinyinReadings.Without(mention.Text);
            var folded = TextNormalizer.Fold(printed);
            if (printed.Length == name.Length && printed != name && string.Equals(folded, name, StringComparison.Ordinal))
                return printed;
            // Fold keeps one char for one char, so the two line up.
            for (var i = 0; i < printed.Length && i < folded.Length; i++)
                if (printed[i] != folded[i] && ChineseScript.IsHan(folded[i])) (printedAs ??= new())[folded[i]] = printed[i];
        }
        if (printedAs == null) return name;
        var chars = name.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
            if (printedAs.TryGetValue(chars[i], out var written)) chars[i] = written;
        return new string(chars);
    }

    /// <summary>巴中市经开区 → 巴中经开区: a zone name without the 市 of the city right before its zone word, in either script
    /// (天水市經濟技術開發區 → 天水經濟技術開發區).</summary>
    public static string WithoutCityMark(string name, IReadOnlyCollection<string> zoneWords)
    {
        // Fold keeps one char for one char, so a cut in the folded name cuts the printed one.
        var folded = TextNormalizer.Fold(name);
        foreach (var word in zoneWords)
            if (folded.Length == name.Length && folded.EndsWith("市" + word, StringComparison.Ordinal) && name.Length - word.Length - 1 >= MinCityLength)
                return name[..^(word.Length + 1)] + name[^word.Length..];
        return name;
    }

    /// <summary>How many characters a city's name keeps before its 市 (巴中市).</summary>
    private const int MinCityLength = 2;

    private bool IsPlace(ViewWord word)
    {
        if (_vocabulary.Places.Contains(word.Word)) return true;
        if (word.Tag != "ns" || word.Word.Length < 2) return false;
        if (_gazetteer.IsKnownPlace(word.Word)) return true;
        var bare = word.Word.Length > 2 && word.Word[^1] is '市' or '省' ? word.Word[..^1] : word.Word;
        return _gazetteer.IsKnownPlace(bare);
    }

    /// <summary>该公司, 全区 …: the company or zone named last before them; 全区 with none named is the primary zone, 公司 the company
    /// the headline names.</summary>
    /// <param name="inTime">Whether a view offset lies in a time the article states.</param>
    /// <param name="zoneWords">The anaphors are zone words (经开区): with no zone named before, the word itself
    /// stands for the zone when the article has no primary zone.</param>
    /// <param name="actsAfter">When given, the anaphor names only where this holds of the offset after it.</param>
    /// <param name="headlineCompany">The company the headline names: what a company anaphor with no company named before it refers to.</param>
    private void AddAnaphors(ArticleText text, List<(int Start, int End, string Label, object Value)> named,
        List<SubjectMention> mentions, string[] anaphors, string label, Func<int, bool> inTime, bool zoneWords = false, Func<int, bool>? actsAfter = null,
        FigureSubject? headlineCompany = null)
    {
        foreach (var anaphor in anaphors)
            for (var at = TextCharacters.IndexOf(text.Text, anaphor); at >= 0; at = text.Text.IndexOf(anaphor, at + anaphor.Length, StringComparison.Ordinal))
            {
                var end = at + anaphor.Length;
                if (!text.IsWordBoundary(at) || !text.IsWordBoundary(end)) continue;
                if (mentions.Any(m => m.Start < end && at < m.End)) continue;
                // A bare noun (公司, 经开区) refers back only where it opens its clause, after a time or an [opener] word at most
                // (去年高新区新增…; not 国家自主创新示范区); 该公司 anywhere.
                // Spaces a page leaves after a full stop (任何責任。  集團截至…) do not hide where the clause opens.
                var opening = at;
                while (opening > 0 && text.Text[opening - 1] is ' ' or '\u3000') opening--;
                if (!anaphor.StartsWith('该') && !OpensClause(text, opening, inTime)) continue;
                if (actsAfter != null && !actsAfter(end)) continue;
                var previous = named.LastOrDefault(n => n.Label == label && n.End <= at);
                if (previous.Value != null)
                    mentions.Add(new SubjectMention(at, end, SubjectOf(previous.Value)) { ZoneName = (previous.Value as ZoneEntity)?.Name });
                else if (label == Labels.Zone)
                    // 高新區 on a Traditional page: the word as the article prints it.
                    mentions.Add(new SubjectMention(at, end, null) { PrimaryZone = true, ZoneWord = zoneWords ? text.View.Original(at, end) : null });
                else if (headlineCompany != null)
                    mentions.Add(new SubjectMention(at, end, headlineCompany));
            }
    }

    /// <summary>在美国和全球拥有…, 占长沙市61%、全省24%: a place in the object of a [locative] word, right after it or
    /// after the earlier items of a list the locative opens (names, nouns, figures, 、 和 与 及), says where, not who.</summary>
    private bool InLocativeObject(ArticleText text, int start)
    {
        var at = start;
        for (var words = 0; words <= MaxLocativeListWords; words++)
        {
            if (text.EndsWithAny(at, _vocabulary.Locatives)) return true;
            var i = text.FirstWordFrom(at) - 1;
            if (i < 0 || text.Words[i].End != at || !IsLocativeListWord(text.Words[i])) return false;
            at = text.Words[i].Start;
        }
        return false;
    }

    /// <summary>How many words a locative's list may hold before the place (长沙市 61 % 、).</summary>
    private const int MaxLocativeListWords = 6;

    /// <summary>A word of a list of places or shares: a noun or name, a number, a percent sign, 、 or a list conjunction.</summary>
    private bool IsLocativeListWord(ViewWord word) =>
        word.Tag is ['n', ..] or "m" or "eng" || word.Word is "、" or "%" || _vocabulary.ListAfter.Contains(word.Word);

    /// <summary>公司拟在中山火炬高新区投资建设…, 甲公司投资200万元在攸县高新区建成…: a zone after a [locative] word (在, not
    /// the end of 现在) inside its clause says where the act happens, not who acts. Where the locative opens the clause (今年在成都高新区新增企业300家)
    /// the zone is what the clause is about.</summary>
    private bool IsWhereInClause(ArticleText text, int start, Func<int, bool> inTime)
    {
        foreach (var word in _vocabulary.Locatives)
            if (text.EndsAt(start, word) && text.IsWordBoundary(start - word.Length))
                return !OpensClause(text, start - word.Length, inTime);
        return false;
    }

    /// <summary>海利锂电、益达医药、亚鲁特幕墙门窗,涉及…: the last name of a list, after the 、 that follows the item before
    /// it (and that item's nouns), is an item too, though nothing follows it.</summary>
    private static bool IsListTail(ArticleText text, SubjectMention previous, SubjectMention mention)
    {
        if (mention.Start <= previous.End || mention.Start - previous.End > MaxListGap) return false;
        var between = text.Text.AsSpan(previous.End, mention.Start - previous.End);
        return between[^1] == '、' && between[..^1].IndexOfAny(ClauseEnds) < 0;
    }

    /// <summary>How far apart two items of a list may be (协鑫西南总部、).</summary>
    private const int MaxListGap = 8;

    /// <summary>华为、腾讯等, 成都与重庆, 包括…公司在内, 协鑫西南总部、: an item of a list (followed by 、, 等 or 在内, right
    /// after the name or after the nouns of its item, or by 和/与 and another name).</summary>
    private bool IsListItem(ArticleText text, SubjectMention mention, SubjectMention? next)
    {
        foreach (var sign in _vocabulary.ListAfter)
            if (text.Follows(mention.End, sign) && next != null && next.Start == mention.End + sign.Length) return true;
        var at = mention.End;
        for (var words = 0; words <= MaxItemWords; words++)
        {
            if (text.FollowsAny(at, _vocabulary.ListClose)) return true;
            if (text.WordAt(at) is not { } word || !IsItemNoun(word)) return false;
            at = word.End;
        }
        return false;
    }

    /// <summary>How many nouns may follow a name inside its list item (西南总部 → 西南 总部).</summary>
    private const int MaxItemWords = 3;

    /// <summary>A noun that can end a list item's name (总部, 西南), or the phase of a project (二期: 武汉新芯二期等54个项目), not an
    /// act the name does (研发、设计).</summary>
    private static bool IsItemNoun(ViewWord word) =>
        word.Tag is ['n', ..] or "f" or "s" && word.Word.All(c => c is >= '\u4e00' and <= '\u9fff') || IsPhase(word.Word);

    /// <summary>一期, 二期, 3期: a project's phase.</summary>
    private static bool IsPhase(string word) =>
        word.Length >= 2 && word[^1] == '期' && word[..^1].All(c => char.IsAsciiDigit(c) || "一二三四五六七八九十".Contains(c));
}

using Pipeline.Extract.Text;
using Pipeline.Extract.Lexicon;
using Pipeline.Extract.Model;
using Pipeline.Extract.Zones;

namespace Pipeline.Extract.Enterprises;

/// <summary>
/// Resolver: turns proposed company names into entities — one per full name — and decides which
/// company each short mention stands for: a declared alias (以下简称X) or a short form plainly derived
/// from a full name on the page counts for that company; remaining listed short names (华为) become
/// companies of kind <c>short</c>.
/// </summary>
internal sealed class EnterpriseResolver
{
    private readonly EnterpriseSpanFinder _finder;
    private readonly EnterpriseShortForms _shortForms;
    private readonly ContextCompanyFinder _context;
    private readonly UncuedCompanyFinder _uncued;
    private readonly ListedCompanyLexicon _listed;
    private readonly ZoneGazetteer _places;
    private readonly EnterpriseNameEdges _edges;

    public EnterpriseResolver(EnterpriseSpanFinder finder, EnterpriseShortForms shortForms, ContextCompanyFinder context,
        UncuedCompanyFinder uncued, ListedCompanyLexicon listed, ZoneGazetteer places, EnterpriseNameEdges edges)
    {
        _places = places;
        _edges = edges;
        _finder = finder;
        _shortForms = shortForms;
        _context = context;
        _uncued = uncued;
        _listed = listed;
    }

    /// <param name="wordBoundaries">True at every index where the segmenter cuts words (and at both ends).</param>
    public IReadOnlyList<(int Start, int End, EnterpriseEntity Entity)> Resolve(
        string text, string folded, IReadOnlyList<NamedCompany> named, IReadOnlyList<(int Start, int End)> barriers,
        IReadOnlyList<bool> wordBoundaries)
    {
        var result = new List<(int, int, EnterpriseEntity)>();
        var byName = new Dictionary<string, EnterpriseEntity>();
        var taken = new List<(int Start, int End)>(barriers);
        // Declared aliases sit in parentheses right after the name: that text is not a mention.
        var forms = new Dictionary<string, (EnterpriseEntity Entity, int Depth)>();
        var ambiguous = new HashSet<string>();
        // Registered names first: a group written as a form of one (华慧芯科技集团 for
        // 华慧芯科技集团有限公司), a name less its place (某某材料有限公司 for 烟台某某材料有限公司) or a stem and 公司
        // (某某公司 for 某某投资有限公司) is a mention of that company.
        foreach (var company in WithTrueEdges(folded, named, taken).OrderBy(c => c.Kind == EnterpriseSpanFinder.Registered ? 0 : 1).ThenBy(c => c.Start))
        {
            var key = TextNormalizer.Fold(company.Name);
            if (!byName.ContainsKey(key) && (forms.TryGetValue(key, out var derived) && !ambiguous.Contains(key) ? derived.Entity : FullNameOf(key)) is { } owner)
            {
                owner.Mentions.Add(new Mention { Text = company.Name, Start = company.Start, End = company.End });
                if (!owner.Aliases.Contains(company.Name)) owner.Aliases.Add(company.Name);
                result.Add((company.Start, company.End, owner));
                taken.Add((company.Start, company.End));
                continue;
            }
            if (!byName.TryGetValue(key, out var entity))
            {
                byName[key] = entity = new EnterpriseEntity { Name = company.Name, Kind = company.Kind };
                foreach (var (form, depth) in _shortForms.Derive(key)) Claim(forms, ambiguous, form, entity, depth);
                // 上海浦东发展银行股份有限公司 trades as 浦发银行: the page's 浦发银行 is this company.
                if (_listed.ShortNameOf(key) is { } traded) Claim(forms, ambiguous, traded, entity, 0);
            }
            foreach (var alias in company.DeclaredAliases)
            {
                if (!entity.Aliases.Contains(alias)) entity.Aliases.Add(alias);
                Claim(forms, ambiguous, TextNormalizer.Fold(alias), entity, 0);
            }
            entity.Mentions.Add(new Mention { Text = company.Name, Start = company.Start, End = company.End });
            result.Add((company.Start, company.End, entity));
            taken.Add((company.Start, AliasDeclarationEnd(folded, company.End)));
        }
        foreach (var form in ambiguous) forms.Remove(form);

        var newNames = new HashSet<string>();
        var subsidiaries = new List<(int Start, int End)>();
        foreach (var (start, end, form) in FindForms(folded, forms.Keys, taken))
        {
            // 博世集团 … 博世中国总裁: a form of a full name and a country or city names the company's entity there.
            if (SubsidiaryEnd(folded, end) is var subsidiaryEnd && subsidiaryEnd > end)
            {
                subsidiaries.Add((start, subsidiaryEnd));
                continue;
            }
            var entity = forms[form].Entity;
            var mentionText = text[start..end];
            entity.Mentions.Add(new Mention { Text = mentionText, Start = start, End = end });
            if (mentionText != entity.Name && !entity.Aliases.Contains(mentionText)) entity.Aliases.Add(mentionText);
            result.Add((start, end, entity));
            taken.Add((start, end));
        }
        foreach (var (start, end) in subsidiaries) AddShort(start, end);
        // Listed names inside an enumeration of products or channels (…、某某视频等视频号) are not companies there, nor
        // an exchange where a company lists (向港交所递交上市申请).
        var notCompanies = new List<(int Start, int End)>(taken);
        notCompanies.AddRange(_uncued.FindListingVenues(folded));
        notCompanies.AddRange(_context.FindProductLists(folded));
        // Hand-listed short names (华为), then listed companies by their trading names (浦发银行) where the words
        // of the text begin and end with them; a place written right before is part of the mention (深圳迈瑞医疗).
        // 中天旗下合一(4743-TW): where the exchange's table names the company before the code, a longer run ending there holds the
        // clause before the name (a place before it stays: 深圳某某(300999)).
        var coded = _listed.FindNamesBeforeTheirCodes(folded);
        var tickerNames = _uncued.FindTickerNames(folded)
            .Where(t => !coded.Any(c => c.End == t.End && c.Start > t.Start && !_places.IsKnownPlace(folded[t.Start..c.Start])))
            .Concat(coded).Distinct().ToList();
        foreach (var listed in _finder.FindListed(folded, notCompanies, wordBoundaries))
        {
            // 区领导严 + 中兴、张某、戴某某: a known name ending a person's in a list of persons is none.
            if (_uncued.EndsLedPersonsName(folded, listed.Start, listed.End, taken)) continue;
            // 一汽 + 轿车(000800): a longer name a stock code follows is the company named.
            if (tickerNames.FirstOrDefault(t => t.Start == listed.Start && t.End > listed.End) is { End: > 0 } ticker &&
                !Ranges.Overlaps(notCompanies, listed.End, ticker.End))
            {
                AddWithPlace(ticker.Start, ticker.End, newName: true);
                continue;
            }
            // 韵达 + 物流, 顺丰 + 物流: a hand-listed name's fuller form with its trade words is the company named.
            var fuller = FullerFormEnd(folded, listed.Start, listed.End, wordBoundaries);
            if (fuller > listed.End && !Ranges.Overlaps(notCompanies, listed.End, fuller)) AddWithPlace(listed.Start, fuller, newName: true);
            else AddWithPlace(listed.Start, listed.End, newName: false);
        }
        foreach (var (start, end) in FindLexiconNames(folded, notCompanies, wordBoundaries)) AddWithPlace(start, end, newName: true);
        // Companies the context names as such: enumeration items (…等龙头企业), names after 龙头企业 and the like, place + 银行;
        // and names shaped like companies' in a company's place (某某科技拟投资…, 某某科技华东总部); in a market report, what
        // rises or falls in percent (某某国际涨10.4%).
        var contextual = _context.FindEnumerated(folded).Concat(_context.FindAwarded(folded)).Concat(_context.FindAppositions(folded)).Concat(_context.FindBanks(folded))
            .Concat(_uncued.FindShapedNames(folded)).Concat(_uncued.FindShapedAppositions(folded)).Concat(_uncued.FindProjectOwners(folded)).Concat(_uncued.FindAmountedProjectOwners(folded)).Concat(_uncued.FindWorksItemOwners(folded)).Concat(_uncued.FindCountryPrefixedNames(folded)).Concat(_uncued.FindLatinRegisteredNames(folded)).Concat(_uncued.FindLatinNamesInCompanyContext(folded)).Concat(_uncued.FindIntroducedLists(folded)).Concat(tickerNames).Concat(_uncued.FindPrefixedNames(folded)).Concat(_uncued.FindNamesBeforeCompanyContext(folded))
            .Concat(_uncued.FindNamesBeforeBareCompanyWord(folded)).Concat(_uncued.FindPriceMovers(folded))
            // 某某智能 + 配电网研发制造基地: trade words that open the description of the works are not the owner's.
            .Select(s => (s.Start, End: _uncued.WithoutDescribingTrades(folded, s.Start, s.End)))
            .Where(s => !Ranges.Overlaps(taken, s.Start, s.End)).Distinct().OrderBy(s => s.Start).ToList();
        foreach (var (start, end) in contextual) AddShort(start, end);
        // Foreign companies glossed in Chinese (NVIDIA(英伟达)): the Chinese name, the Latin one its alias.
        foreach (var (start, end, latin) in _uncued.FindGlossedNames(folded))
        {
            var entity = AddShort(start, end);
            if (entity != null && !entity.Aliases.Contains(latin)) entity.Aliases.Add(latin);
        }
        // Well-known companies whose names are also words (苹果, 大众), where the page calls them companies (蘋果(Apple), 苹果公布…).
        foreach (var (start, end, latin) in _uncued.Ambiguous.Find(folded, taken, wordBoundaries))
        {
            // 苹果公司 … 苹果: the name with its company word, found before, is the same company.
            if (byName.TryGetValue(folded[start..end] + "公司", out var withWord))
            {
                var written = text[start..end];
                withWord.Mentions.Add(new Mention { Text = written, Start = start, End = end });
                if (!withWord.Aliases.Contains(written)) withWord.Aliases.Add(written);
                result.Add((start, end, withWord));
                taken.Add((start, end));
                continue;
            }
            var entity = AddShort(start, end, newName: false);
            if (entity != null && latin != null && !entity.Aliases.Contains(latin)) entity.Aliases.Add(latin);
        }
        // Their other mentions on the page count for them too; then a list's company-ness carries to all
        // its items (华为、某某、某某营收分别…) and across a joiner to a partner (某某和某某化工), and the new names' other
        // mentions count as well.
        AddOtherMentions();
        var companies = result.Select(r => (r.Item1, r.Item2)).OrderBy(s => s.Item1).ToList();
        foreach (var (start, end) in _uncued.FindListMates(folded, companies)) AddShort(start, end);
        // 某某、新应材及立新化工: a list mate found just now has partners too.
        foreach (var (start, end) in _uncued.FindJoinedPartners(folded, result.Select(r => (r.Item1, r.Item2)).ToList())) AddShort(start, end);
        AddOtherMentions();
        MergeOtherForms(result, folded, wordBoundaries);
        result.Sort((a, b) => a.Item1.CompareTo(b.Item1));
        foreach (var entity in result.Select(r => r.Item3).Distinct()) entity.Mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
        return result;

        // The one company named in full before whose other form key is (某某公司, a name less its place), or null.
        EnterpriseEntity? FullNameOf(string key)
        {
            EnterpriseEntity? found = null;
            foreach (var (name, entity) in byName)
                if (entity.Kind != EnterpriseSpanFinder.Short && _shortForms.IsOtherFormOf(key, name))
                {
                    if (found != null && found != entity) return null;
                    found = entity;
                }
            return found;
        }

        void AddOtherMentions()
        {
            foreach (var (start, end, form) in FindForms(folded, newNames, taken).ToList())
            {
                var entity = byName[form];
                entity.Mentions.Add(new Mention { Text = text[start..end], Start = start, End = end });
                result.Add((start, end, entity));
                taken.Add((start, end));
            }
        }

        void AddWithPlace(int start, int end, bool newName)
        {
            // 博世中国, 博世苏州于…: a known name and a country or city is the company's entity there.
            if (SubsidiaryEnd(folded, end) is var subsidiaryEnd && subsidiaryEnd > end && !Ranges.Overlaps(taken, start, subsidiaryEnd))
            {
                AddShort(start, subsidiaryEnd, newName: true);
                return;
            }
            // 华润矽科、…: a known name that only begins an item of a list names the item's company.
            var itemEnd = _uncued.ListItemEnd(folded, start, end);
            if (itemEnd > end && !Ranges.Overlaps(taken, start, itemEnd))
            {
                AddShort(start, itemEnd, newName: true);
                return;
            }
            var placeStart = _edges.PlaceStartBefore(folded, start);
            if (placeStart < start && !Ranges.Overlaps(taken, placeStart, end)) AddShort(placeStart, end, start, newName);
            else AddShort(start, end, newName: newName);
        }

        EnterpriseEntity? AddShort(int start, int end, int keyStart = -1, bool newName = true)
        {
            start += UncuedCompanyFinder.NamePrefixLength(folded, start, end); // 日商某某精工: the owner's nationality is no part of the name
            var trueStart = _edges.StartOf(folded, start, end, end);
            if (trueStart < 0 || ContextCompanyFinder.NamesAnInstitute(folded, end)) return null;
            start = trueStart == start ? _edges.PlaceStartBefore(folded, start) : trueStart;
            if (Ranges.Overlaps(taken, start, end)) return null;
            var key = folded[Math.Max(start, keyStart)..end];
            // 某某科技 … 某某: a name's stem written alone later is the same company (its trade word dropped).
            if (!byName.ContainsKey(key) && CompanyWithStem(key) is { } longer)
            {
                var owner = byName[longer];
                var mentionText = text[start..end];
                if (!owner.Aliases.Contains(mentionText)) owner.Aliases.Add(mentionText);
                byName[key] = owner;
            }
            if (!byName.TryGetValue(key, out var entity))
            {
                byName[key] = entity = new EnterpriseEntity { Name = text[start..end], Kind = EnterpriseSpanFinder.Short };
                if (key.Length >= 3 && newName) newNames.Add(key); // two-character names recur inside ordinary words
            }
            // 辉瑞 + 公司: the company word written after a short name is part of the mention, and the name with it an alias.
            if (EnterpriseNameEdges.CompanyWordEnd(folded, end) is var withWord && withWord > end && !Ranges.Overlaps(taken, end, withWord))
            {
                var alias = text[start..withWord];
                if (alias != entity.Name && !entity.Aliases.Contains(alias)) entity.Aliases.Add(alias);
                end = withWord;
            }
            entity.Mentions.Add(new Mention { Text = text[start..end], Start = start, End = end });
            result.Add((start, end, entity));
            taken.Add((start, end));
            return entity;
        }

        // The short name already held whose stem (the name less its trade words) is exactly key, or null.
        string? CompanyWithStem(string key) =>
            key.Length >= 2 ? byName.Keys.FirstOrDefault(name => name.Length > key.Length && name.StartsWith(key, StringComparison.Ordinal) &&
                byName[name].Kind == EnterpriseSpanFinder.Short && IsTradeWords(name[key.Length..])) : null;
    }

    /// <summary>阿里 … 阿里巴巴, 茂林 … 茂林-KY, 阿里巴巴 … 阿里巴巴集团, 輝達 … NVIDIA: a company found twice on the page is one
    /// entity — its mentions are the fuller entity's and its name an alias. A short name that begins exactly one other company's
    /// name is that company written short when it is the name less its group word or listing mark
    /// (<see cref="EnterpriseShortForms.IsWrittenShortFor"/>), or a clipping: it ends inside the fuller name's first word, two
    /// characters or more short of it (阿里|巴巴 is one word; 阿里云 is another company, 一汽|轿车 a subsidiary), and the page names
    /// the fuller company first. A Latin name (NVIDIA) is the company whose Chinese name it goes by (<see cref="LatinCompanyNames"/>:
    /// 辉达) or which it glosses (某某(NVIDIA), 某某控股有限公司(Sino Example Holdings Limited)). A bank is its branch the page
    /// names (某某银行 … 某某银行成都分行). A group or short name is a registered or group name written another way: less its
    /// legal form or place (某某传媒集团 for 某某传媒集团有限公司, 某某交通集团 for 香港某某交通集团), or its stem and 集团 after the
    /// page named the group in full (天岚集团 after 河南天岚绿色装配集团有限公司).</summary>
    private void MergeOtherForms(List<(int Start, int End, EnterpriseEntity Entity)> result, string folded, IReadOnlyList<bool> wordBoundaries)
    {
        var entities = result.Select(r => r.Entity).Distinct().ToList();
        var merged = new Dictionary<EnterpriseEntity, EnterpriseEntity>();
        MergeBranchesOfOneBank(entities, merged);
        // Longest first: 阿里巴巴 joins 阿里巴巴集团 before 阿里 is judged, which then has one fuller name left.
        foreach (var other in entities.Where(e => e.Kind != EnterpriseSpanFinder.Registered && !merged.ContainsKey(e)).OrderByDescending(e => e.Name.Length))
        {
            var key = TextNormalizer.Fold(other.Name);
            var latin = LatinCompanyNames.Default.Contains(other.Name) || LatinCompanyNames.IsLatinName(other.Name);
            var owners = entities.Where(e => e != other && !merged.ContainsKey(e) &&
                                             (latin ? IsNamedInLatin(other.Name, e) :
                                              other.Kind == EnterpriseSpanFinder.Short && IsWrittenShortFor(key, other, e) ||
                                              IsFormOfFullName(key, other, e))).Take(2).ToList();
            // 中国电子科技集团公司 … 中国电科: failing those, an abbreviation of a company the page named in full before.
            if (owners.Count == 0 && other.Kind == EnterpriseSpanFinder.Short)
                owners = entities.Where(e => e != other && !merged.ContainsKey(e) && IsAbbreviationOf(key, other, e)).Take(2).ToList();
            // 新鸿基地产 … 新地: a nickname of a Hong Kong company the page names, as its market reports write it; a name known
            // as a company of its own (中信 beside 中国信达) is that company.
            if (owners.Count == 0 && other.Kind == EnterpriseSpanFinder.Short && !IsKnownAsItself(key))
                owners = entities.Where(e => e != other && !merged.ContainsKey(e) && _listed.IsHongKongAbbreviationOf(key, TextNormalizer.Fold(e.Name))).Take(2).ToList();
            if (owners.Count != 1) continue;
            Merge(other, owners[0], merged);
        }
        if (merged.Count == 0) return;
        for (var i = 0; i < result.Count; i++)
            if (merged.TryGetValue(result[i].Entity, out var owner)) result[i] = (result[i].Start, result[i].End, owner);

        bool IsKnownAsItself(string key) =>
            _context.IsHandListedName(key) || _listed.MatchAt(key, 0, distinctiveOnly: false)?.Length == key.Length;

        bool IsAbbreviationOf(string key, EnterpriseEntity shortForm, EnterpriseEntity fuller)
        {
            var name = TextNormalizer.Fold(fuller.Name);
            return EnterpriseShortForms.IsAbbreviationOf(key, name) && !AreListedApart(key, name) &&
                   fuller.Mentions.Min(m => m.Start) < shortForm.Mentions.Min(m => m.Start);
        }

        bool IsWrittenShortFor(string key, EnterpriseEntity shortForm, EnterpriseEntity fuller)
        {
            var name = TextNormalizer.Fold(fuller.Name);
            if (EnterpriseShortForms.IsWrittenShortFor(key, name)) return true;
            // 台達電 … 台達電子: a short name cut inside a trade word the fuller name completes (電 + 子: 電子) is that company.
            if (name.Length > key.Length && name.StartsWith(key, StringComparison.Ordinal) &&
                CompletedTradeWordLength(name, 0, key.Length) == name.Length - key.Length && !AreListedApart(key, name)) return true;
            // 某某 … 珠海某某精工科技有限公司: the registered name less its place and legal form is the short name and trade words.
            if (EnterpriseShortForms.RegisteredCoreLessPlace(name) is { } core && core.Length >= key.Length + 2 &&
                core.StartsWith(key, StringComparison.Ordinal) && IsNameLessTrade(key, core)) return true;
            if (name.Length < key.Length + 2 || !name.StartsWith(key, StringComparison.Ordinal)) return false;
            if (IsNameLessTrade(key, name)) return true;
            var written = fuller.Mentions.Where(m => string.CompareOrdinal(folded, m.Start, name, 0, name.Length) == 0).ToList();
            return written.Count > 0 && written.All(m => !wordBoundaries[m.Start + key.Length]) &&
                   written.Min(m => m.Start) < shortForm.Mentions.Min(m => m.Start);
        }

        // 奇瑞 … 奇瑞汽车: a short name and the same name with trade words after it are one company, unless the lists know
        // them as two (比亚迪, 比亚迪电子: each listed under a full name of its own).
        bool IsNameLessTrade(string key, string name) =>
            key.Length >= 2 && !EnterpriseShortForms.IsGenericWord(key) && !_places.IsKnownPlace(key) && IsTradeWords(name[key.Length..]) &&
            !AreListedApart(key, name);

        bool AreListedApart(string key, string name) =>
            _listed.FullNameOf(key) is { Length: > 0 } keyFull && _listed.FullNameOf(name) is { Length: > 0 } nameFull && keyFull != nameFull;

        bool IsFormOfFullName(string key, EnterpriseEntity form, EnterpriseEntity fuller)
        {
            if (fuller.Kind == EnterpriseSpanFinder.Short) return false;
            var name = TextNormalizer.Fold(fuller.Name);
            if (name.Length <= key.Length) return false;
            if (EnterpriseShortForms.IsWrittenShortFor(key, name) || _shortForms.IsOtherFormOf(key, name)) return true;
            return _shortForms.IsGroupStemOf(key, name) &&
                   fuller.Mentions.Min(m => m.Start) < form.Mentions.Min(m => m.Start);
        }

        // Arm … Arm Holdings: a Latin name is also the company whose Latin name it is less the corporate words.
        bool IsNamedInLatin(string latin, EnterpriseEntity company) =>
            company.Aliases.Contains(latin) || UncuedCompanyFinder.IsLatinNameLessCorporateWords(latin, company.Name) || LatinCompanyNames.Default.AreOneCompany(latin, TextNormalizer.Fold(company.Name)) ||
            company.Mentions.Any(m => NameGloss.LatinAfter(folded, m.End) == latin);
    }

    /// <summary>The mentions and names of <paramref name="other"/> become <paramref name="owner"/>'s.</summary>
    private static void Merge(EnterpriseEntity other, EnterpriseEntity owner, Dictionary<EnterpriseEntity, EnterpriseEntity> merged)
    {
        owner.Mentions.AddRange(other.Mentions);
        foreach (var alias in other.Aliases.Prepend(other.Name))
            if (alias != owner.Name && !owner.Aliases.Contains(alias)) owner.Aliases.Add(alias);
        merged[other] = owner;
    }

    /// <summary>A bank, its branches and its abbreviation named on one page (中国银行, 中国银行威海分行, 中国银行山东省分行, 中行;
    /// 建行绍兴分行 and 中国建设银行股份有限公司) are one company, as gold counts them (<see cref="EnterpriseShortForms.BankOf"/>):
    /// the one named in full holds the others, else the first that writes 银行 (国家开发银行 rather than 国开行), else the first
    /// named; the general merge leaves a bank short for two branches alone.</summary>
    private static void MergeBranchesOfOneBank(List<EnterpriseEntity> entities, Dictionary<EnterpriseEntity, EnterpriseEntity> merged)
    {
        var banks = new List<(string Bank, List<EnterpriseEntity> Named)>();
        foreach (var entity in entities)
        {
            if (EnterpriseShortForms.BankOf(TextNormalizer.Fold(entity.Name)) is not { } bank) continue;
            var same = banks.FindIndex(b => EnterpriseShortForms.AreOneBank(b.Bank, bank));
            if (same < 0) banks.Add((bank, new List<EnterpriseEntity> { entity }));
            else
            {
                banks[same].Named.Add(entity);
                // The bank's own name keys the group, not an abbreviation of it (中国建设银行 rather than 建行).
                if (bank.EndsWith("银行", StringComparison.Ordinal) && !banks[same].Bank.EndsWith("银行", StringComparison.Ordinal))
                    banks[same] = (bank, banks[same].Named);
            }
        }
        foreach (var (_, named) in banks.Where(b => b.Named.Count > 1))
        {
            var owner = named.FirstOrDefault(e => e.Kind == EnterpriseSpanFinder.Registered) ??
                        named.FirstOrDefault(e => TextNormalizer.Fold(e.Name).Contains("银行", StringComparison.Ordinal)) ?? named[0];
            foreach (var other in named.Where(e => e != owner)) Merge(other, owner, merged);
        }
    }

    /// <summary>True when the whole of <paramref name="rest"/> is trade words (科技, 电子科技, 企业).</summary>
    private static bool IsTradeWords(string rest)
    {
        var simplified = ChineseScript.ToSimplified(rest);
        return TradeWordsLength(simplified, 0) == simplified.Length;
    }

    /// <summary>Length of the run of trade words (科技, 电子科技, 企业) starting at <paramref name="start"/> of a
    /// Simplified text; 0 when none starts there.</summary>
    private static int TradeWordsLength(string simplified, int start)
    {
        var at = start;
        while (at < simplified.Length && TradeWordAt(simplified, at) is { } trade) at += trade.Length;
        return at - start;
    }

    internal static string? TradeWordAt(string simplified, int at)
    {
        // Asked at the end of every listed name found: most text after one opens no trade word (nor 企业).
        if (at >= simplified.Length) return null;
        var first = simplified[at];
        if (first != '企' && !UncuedCompanyFinder.TradeEndingFirstChars.Contains(first)) return null;
        foreach (var word in UncuedCompanyFinder.TradeEndings)
            if (string.CompareOrdinal(simplified, at, word, 0, word.Length) == 0) return word;
        return string.CompareOrdinal(simplified, at, "企业", 0, 2) == 0 ? "企业" : null;
    }

    /// <summary>End of a known name's fuller form: the name, then 国际 or nothing, then trade words (稳懋 + 半导体,
    /// 昇阳 + 国际 + 半导体, 先益 + 电子), ending where the segmenter cuts words; <paramref name="end"/> when none follows
    /// or the name ends with a trade of its own (苏州银行科技金融 is the bank and a phrase).</summary>
    private int FullerFormEnd(string folded, int start, int end, IReadOnlyList<bool> wordBoundaries) =>
        // 罗克韦尔 + 智能产业联创中心: trade words that open the description of the works are not the name's.
        Math.Max(end, _uncued.WithoutDescribingTrades(folded, start, WrittenFullerFormEnd(folded, start, end, wordBoundaries)));

    /// <summary>End of the fuller form as written, before <see cref="UncuedCompanyFinder.WithoutDescribingTrades"/>.</summary>
    private static int WrittenFullerFormEnd(string folded, int start, int end, IReadOnlyList<bool> wordBoundaries)
    {
        if (CompletedTradeWordLength(folded, start, end) is var completion and > 0 && wordBoundaries[end + completion]) return end + completion;
        var at = string.CompareOrdinal(folded, end, "国际", 0, 2) == 0 ? end + 2 : end;
        var trade = TradeWordsLength(folded, at);
        if (trade == 0 || !wordBoundaries[at + trade] || ListedCompanyLexicon.EndsWithTrade(folded[start..end])) return end;
        // 美团数据显示…: the company's data shows something; 数据 is what it publishes, not part of its name.
        if (string.CompareOrdinal(folded, at + trade, DataShows, 0, DataShows.Length) == 0) return end;
        return at + trade;
    }

    private const string DataShows = "显示";

    /// <summary>How many characters after a known short name complete a trade word the name ends inside (華邦電 + 子: 華邦電子, the
    /// company's own fuller name, 电子 its trade), or 0.</summary>
    internal static int CompletedTradeWordLength(string folded, int start, int end)
    {
        // A completion starts at end with a trade word's second or later character: most text after a name holds none.
        if (end >= folded.Length || !UncuedCompanyFinder.TradeEndingLaterChars.Contains(folded[end])) return 0;
        foreach (var trade in UncuedCompanyFinder.TradeEndings)
            for (var inside = Math.Min(trade.Length - 1, end - start - 1); inside >= 1; inside--)
                if (string.CompareOrdinal(folded, end - inside, trade, 0, inside) == 0 &&
                    string.CompareOrdinal(folded, end, trade, inside, trade.Length - inside) == 0)
                    return trade.Length - inside;
        return 0;
    }

    /// <summary>Clause words that may follow a company's entity in a country or city (博世苏州于1999年…, 某某中国将…).</summary>
    private const string AfterSubsidiary = "于在已将与和是也还";

    /// <summary>End of a known company's entity in a country or city written right after its name (博世 + 中国, 博世 + 苏州),
    /// when the text goes on with punctuation, an office (总裁) or a clause word (于, 将): else <paramref name="end"/>
    /// (博世中国高阶…, 某某苏州工厂 are what the company makes or owns there).</summary>
    private int SubsidiaryEnd(string folded, int end)
    {
        var place = string.CompareOrdinal(folded, end, "中国", 0, 2) == 0 ? 2 : _places.KnownPlaceLengthAt(folded, end, maxLength: 3);
        if (place == 0) return end;
        var after = end + place;
        if (after >= folded.Length || !ChineseScript.IsHan(folded[after]) || AfterSubsidiary.Contains(folded[after]) ||
            UncuedCompanyFinder.StartsWithPersonTitle(folded, after))
            return after;
        return end;
    }

    /// <summary>True when a company noun stands right before <paramref name="start"/>: an investor or role noun of
    /// Taiwan and mainland news (大厂国巨, 日商某某, 组装厂某某: <c>[name-prefixes]</c>) or an apposition head (龙头企业某某).</summary>
    private static bool HasRoleNounBefore(string folded, int start) =>
        EndsBefore(folded, start, UncuedCompanyFinder.NamePrefixes) || EndsBefore(folded, start, UncuedCompanyFinder.AppositionHeads);

    private static bool EndsBefore(string folded, int start, IEnumerable<string> words)
    {
        foreach (var w in words)
            if (start >= w.Length && string.CompareOrdinal(folded, start - w.Length, w, 0, w.Length) == 0) return true;
        return false;
    }

    /// <summary>Short names of the listed-company lexicon outside <paramref name="taken"/> that start and end
    /// where the segmenter cuts words (创业板 holds no 创业, 人工智能 no 工智), and do not only qualify a
    /// project, park or institute (某某研究院); with the trade words after them that make their fuller form.
    /// </summary>
    /// <remarks>
    /// A two-character name (国巨, 博世 — Taiwan listed companies and multinationals go by them) needs evidence where it
    /// stands, as such pairs of characters also abbreviate phrases (工信, 绿电, 万企): trade words after it (稳懋半导体,
    /// 先益电子) or a company noun before it (大厂国巨, 日商某某); once a page gives that, its other mentions there count.
    /// </remarks>
    private IEnumerable<(int Start, int End)> FindLexiconNames(string folded, IReadOnlyList<(int Start, int End)> taken, IReadOnlyList<bool> wordBoundaries)
    {
        var found = new List<(int Start, int End, string Name, bool Evident)>();
        for (var i = 0; i < folded.Length - 2; i++)
        {
            // *ST某某, ST某某: the exchange's risk marker before a listed name (two characters will do) is part of the mention.
            if (TradingMarkerLength(folded, i) is var marker and > 0 && _listed.MatchAt(folded, i + marker, distinctiveOnly: false) is { } marked &&
                wordBoundaries[i + marker + marked.Length] && !Ranges.Overlaps(taken, i, i + marker + marked.Length))
            {
                found.Add((i, i + marker + marked.Length, marked, true));
                i += marker + marked.Length - 1;
                continue;
            }
            if (!wordBoundaries[i]) continue;
            if (_listed.MatchAt(folded, i) is not { } name)
            {
                // 老铺黄金, 道氏技术, 红太阳: a listed name that reads as ordinary words counts where the page calls it a company.
                if (WordyListedNameAt(folded, i, wordBoundaries) is { } wordy && !Ranges.Overlaps(taken, i, i + wordy.Length))
                {
                    found.Add((i, i + wordy.Length, wordy, _uncued.Ambiguous.IsCalledACompany(folded, i, i + wordy.Length)));
                    i += wordy.Length - 1;
                }
                continue;
            }
            var end = i + name.Length;
            var fuller = FullerFormEnd(folded, i, end, wordBoundaries);
            if (!wordBoundaries[end] && fuller == end) continue;
            // 茂林-KY: Taiwan's mark of a foreign-registered listing is part of the name, and evidence enough.
            var mark = UncuedCompanyFinder.TaiwanMarkLength(folded, fuller);
            end = fuller + mark;
            if (Ranges.Overlaps(taken, i, end)) continue;
            if (ContextCompanyFinder.QualifiesAnotherName(folded, end, _places)) continue; // 某某新能源二期项目, 某某研究院
            found.Add((i, end, name, name.Length > 2 || fuller > i + name.Length || mark > 0 || HasRoleNounBefore(folded, i)));
            i = end - 1;
        }
        var evident = new HashSet<string>(StringComparer.Ordinal);
        foreach (var f in found)
            if (f.Evident) evident.Add(f.Name);
        // 北化、红太阳, 三一重能、海思达: an item of a 、-list beside a listed name found on its own is a company too.
        foreach (var f in found)
            if (!evident.Contains(f.Name) && found.Any(o => o.Evident && IsListNeighbour(folded, o, f))) evident.Add(f.Name);
        var names = new List<(int Start, int End)>(found.Count);
        foreach (var f in found)
            if (evident.Contains(f.Name)) names.Add((f.Start, f.End));
        return names;
    }

    /// <summary>Shortest listed name read as a company without its own evidence of being one (<see cref="WordyListedNameAt"/>).</summary>
    private const int MinWordyListedName = 3;

    /// <summary>A listed company's short name at <paramref name="at"/> that <see cref="ListedCompanyLexicon.IsDistinctive"/>
    /// turned down as ordinary words (老铺黄金 = 老铺 + 黄金, 道氏技术), where the segmenter cuts it from its neighbours; not one
    /// common word or place of the dictionary (机器人, 中关村, 太阳能), which only a company's own context could make a name.
    /// Null when there is none.</summary>
    private string? WordyListedNameAt(string folded, int at, IReadOnlyList<bool> wordBoundaries)
    {
        if (_listed.MatchAt(folded, at, distinctiveOnly: false) is not { Length: >= MinWordyListedName } name || !wordBoundaries[at + name.Length] ||
            !name.All(ChineseScript.IsHan))
            return null;
        var words = DomainDictionary.Segmenter.Tag(name, hmm: false);
        return words.Count > 1 || words[0].Tag.StartsWith("nr", StringComparison.Ordinal) ? name : null;
    }

    /// <summary>True when <paramref name="item"/> stands right before or after <paramref name="other"/> in a 、-list.</summary>
    private static bool IsListNeighbour(string folded, (int Start, int End, string Name, bool Evident) other, (int Start, int End, string Name, bool Evident) item) =>
        other.End + 1 == item.Start && folded[other.End] == '、' || item.End + 1 == other.Start && folded[item.End] == '、';

    /// <summary>The proposed names with their true left edges (<see cref="EnterpriseNameEdges.StartOf"/>). Those that are
    /// no company's name are left out, and their text is added to <paramref name="taken"/>: no other finder reads a
    /// company inside them (关于投资建设某某股份有限公司 holds no 限公司).</summary>
    private List<NamedCompany> WithTrueEdges(string folded, IReadOnlyList<NamedCompany> named, List<(int Start, int End)> taken)
    {
        var kept = new List<NamedCompany>(named.Count);
        foreach (var company in named)
        {
            var start = _edges.StartOf(folded, company.Start, company.End, company.End - EnterpriseShortForms.SuffixLength(folded[company.Start..company.End]));
            if (start < 0) taken.Add((company.Start, company.End));
            else kept.Add(WithoutCountry(folded, start == company.Start ? company : company with { Start = start, Name = company.Name[(start - company.Start)..] }));
        }
        return kept;
    }

    /// <summary>A group or company written after its country (美国某某食品集团, 瑞典某某集团, 新西兰某某科技有限公司) is named
    /// without it: the country says where the company comes from, and the written form is its alias. A name whose rest is no
    /// coined stem and trade words keeps its country (英国石油, 日本电产); a registered name is judged by its core, before
    /// its legal form.</summary>
    private static NamedCompany WithoutCountry(string folded, NamedCompany company)
    {
        var coreEnd = company.End - (company.Kind == EnterpriseSpanFinder.Registered ? EnterpriseShortForms.SuffixLength(folded[company.Start..company.End]) : 0);
        var country = UncuedCompanyFinder.CountryPrefixLength(folded, company.Start, coreEnd);
        if (country == 0) return company;
        return company with
        {
            Start = company.Start + country, Name = company.Name[country..],
            DeclaredAliases = company.DeclaredAliases.Append(company.Name).ToList(),
        };
    }

    /// <summary>Length of a trading marker (*ST, ST) starting at <paramref name="at"/> and not glued to other Latin letters, or 0.</summary>
    private static int TradingMarkerLength(string folded, int at)
    {
        if (at > 0 && char.IsAsciiLetter(folded[at - 1])) return 0;
        var length = folded[at] == '*' ? 1 : 0;
        return string.CompareOrdinal(folded, at + length, "ST", 0, 2) == 0 && at + length + 2 < folded.Length && ChineseScript.IsHan(folded[at + length + 2])
            ? length + 2 : 0;
    }

    private static void Claim(Dictionary<string, (EnterpriseEntity Entity, int Depth)> forms, HashSet<string> ambiguous,
        string form, EnterpriseEntity entity, int depth)
    {
        if (!forms.TryGetValue(form, out var held) || depth < held.Depth)
        {
            forms[form] = (entity, depth);
            ambiguous.Remove(form);
        }
        else if (held.Entity != entity && depth == held.Depth) ambiguous.Add(form);
    }

    private static int AliasDeclarationEnd(string folded, int end)
    {
        var i = end;
        while (i < folded.Length && folded[i] == ' ') i++;
        if (i >= folded.Length || folded[i] != '(') return end;
        var close = folded.IndexOf(')', i);
        return close > 0 && close - i <= 24 && folded.AsSpan(i, close - i).Contains("称", StringComparison.Ordinal) ? close + 1 : end;
    }

    /// <summary>Occurrences of the forms, longest first at each position, outside taken spans.</summary>
    private static IEnumerable<(int Start, int End, string Form)> FindForms(
        string folded, IEnumerable<string> forms, IReadOnlyList<(int Start, int End)> taken)
    {
        var ordered = forms.OrderByDescending(f => f.Length).ToList();
        if (ordered.Count == 0) yield break;
        // Only positions holding a form's first character can start one: jump from one to the next.
        var firsts = System.Buffers.SearchValues.Create(ordered.Where(f => f.Length > 0).Select(f => f[0]).Distinct().ToArray());
        var anyEmpty = ordered[^1].Length == 0;
        for (var i = 0; i < folded.Length; i++)
        {
            if (!anyEmpty)
            {
                var next = folded.AsSpan(i).IndexOfAny(firsts);
                if (next < 0) yield break;
                i += next;
            }
            foreach (var form in ordered)
            {
                if (string.CompareOrdinal(folded, i, form, 0, form.Length) != 0) continue;
                var end = i + form.Length;
                if (Ranges.Overlaps(taken, i, end)) break;
                yield return (i, end, form);
                i = end - 1;
                break;
            }
        }
    }
}

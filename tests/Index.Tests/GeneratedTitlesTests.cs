using Pipeline.Extract.Enterprises;
using Pipeline.Extract.Zones;
using Pipeline.Index.Analysis;
using Pipeline.Index.Benchmark;

namespace Pipeline.Index.Tests;

/// <summary>The benchmark archive gives every article a title of its own, made of its zone, a company and the parts of
/// title-parts.txt, so that title terms are about as selective as in real news.</summary>
public sealed class GeneratedTitlesTests
{
    private static readonly IReadOnlyList<Pipeline.Extract.Model.ArticleRecord> Archive =
        new ArchiveGenerator(SampleArchive.Records(), zonePool: KnownZones.All).Generate(3000).ToList();

    [Fact]
    public void Titles_are_distinct_and_their_runs_are_in_few_other_titles()
    {
        Assert.True(Archive.Select(a => a.Title).Distinct().Count() >= Archive.Count * 99 / 100);
        // Runs of 2–4 characters drawn from titles as the query mix draws them: at the median in well under 1 % of the
        // titles (with the sources' 35 titles kept verbatim, every run was in 1/35 of them or more).
        var random = new Random(4);
        var shares = new List<double>();
        for (var i = 0; i < 200; i++)
        {
            var title = Archive[random.Next(Archive.Count)].Title;
            var runs = System.Text.RegularExpressions.Regex.Matches(title, @"\p{IsCJKUnifiedIdeographs}{2,}").Select(m => m.Value).ToList();
            if (runs.Count == 0) continue;
            var run = runs[random.Next(runs.Count)];
            var length = Math.Min(run.Length, 2 + random.Next(3));
            var term = run.Substring(random.Next(run.Length - length + 1), length);
            shares.Add(Archive.Count(a => a.Title.Contains(term, StringComparison.Ordinal)) / (double)Archive.Count);
        }
        shares.Sort();
        Assert.True(shares.Count >= 150);
        Assert.True(shares[shares.Count / 2] < 0.01, $"median share {shares[shares.Count / 2]:P2}");
        // Zone words recur, as in real titles about high-tech zones.
        Assert.True(Archive.Count(a => a.Title.Contains("高新", StringComparison.Ordinal)) > Archive.Count / 10);
    }

    [Fact]
    public void A_title_names_the_articles_zone_and_a_company_it_carries_and_opens_its_body()
    {
        var listed = KnownCompanies.Listed.Select(c => c.ShortName).ToHashSet(StringComparer.Ordinal);
        var withCompany = 0;
        foreach (var article in Archive)
        {
            var lead = article.Body[..article.Body.IndexOf('\n')];
            Assert.Equal(article.Title.Replace('：', '，').Replace(' ', '，') + "。", lead);
            if (article.PrimaryZone != null) Assert.Contains(article.PrimaryZone, article.Title);
            var named = article.Enterprises.Where(e => e.Mentions.Count == 1 && listed.Contains(e.Mentions[0].Text)
                && article.Title.Contains(e.Mentions[0].Text, StringComparison.Ordinal)).ToList();
            foreach (var company in named)
            {
                var mention = company.Mentions[0];
                Assert.Equal(mention.Text, article.Body[mention.Start..mention.End]);
                withCompany++;
            }
        }
        Assert.True(withCompany > Archive.Count / 4, $"{withCompany} titles name a company");
        Assert.True(Archive.SelectMany(a => a.Enterprises).Select(e => e.Name).Distinct().Count() > 500);
    }

    [Fact]
    public void The_same_seed_gives_the_same_titles_and_source_titles_can_be_kept()
    {
        var again = new ArchiveGenerator(SampleArchive.Records(), zonePool: KnownZones.All).Generate(200).Select(a => a.Title);
        Assert.Equal(Archive.Take(200).Select(a => a.Title), again);
        var kept = new ArchiveGenerator(SampleArchive.Records(), seed: 3) { SourceTitles = true }.Generate(50).ToList();
        Assert.All(kept, a => Assert.Contains(a.Title, SampleArchive.Records().Select(r => r.Title)));
    }

    [Fact]
    public void A_template_with_an_unknown_slot_is_refused_with_its_name()
    {
        const string parts = "[templates]\n{zone}建成{gadget}\n{company}上市\n[fields]\n芯片\n[grow]\n突破\n[launch]\n建成\n[kinds]\n企业\n[honors]\n奖\n" +
                             "[policies]\n政策\n[events]\n大会\n[places]\n园\n[projects]\n项目\n";
        var error = Assert.Throws<InvalidDataException>(() =>
            GeneratedTitles.Parse(new[] { ("营业收入", true) }, new StringReader(parts), new[] { new KnownCompany("星河光电", "") }));
        Assert.Contains("{gadget}", error.Message);
    }
}

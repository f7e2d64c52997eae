using Pipeline.Extract.Lexicon;
using Pipeline.Extract.Model;
using Pipeline.Extract.Pipeline;
using Pipeline.Extract.Text;
using Pipeline.Extract.Zones;
using Xunit;

namespace Pipeline.Extract.Tests.Enterprises;

/// <summary>The company tagger's parts on sentences written for these tests (made-up companies, no page's text): gold
/// projection, decoding, learning from examples and what it learns carried to names it never saw, saved weights.</summary>
public class CompanyTaggerTests
{
    private static readonly SegmentationStage Segmentation = new();
    private static readonly ZoneStage Zones = new();

    /// <summary>The sentences to learn from, each with its companies.</summary>
    private static readonly (string Text, string[] Names)[] Examples =
    [
        ("星河微电子、蓝鲸智能、远帆新材料等企业签约落户。", ["星河微电子", "蓝鲸智能", "远帆新材料"]),
        ("青禾科技拟投资5亿元建设研发中心。", ["青禾科技"]),
        ("以赤岩光电、云杉医疗为代表的一批企业加快发展。", ["赤岩光电", "云杉医疗"]),
        ("北辰半导体、松果智能等5家企业现场签约。", ["北辰半导体", "松果智能"]),
        ("园区道路两旁绿树成荫，市民在这里散步。", []),
        ("海棠生物拟投资3亿元建设生产基地。", ["海棠生物"]),
        ("紫檀电子、银杏新能源、石榴智能等企业参加了活动。", ["紫檀电子", "银杏新能源", "石榴智能"]),
        ("专家们在会上讨论了产业发展的方向。", []),
        ("翠鸟医药营收增长两成，白鹭科技营收增长三成。", ["翠鸟医药", "白鹭科技"]),
        ("梧桐新材料、竹影光电等企业签约落户。", ["梧桐新材料", "竹影光电"]),
        ("去年全区完成固定资产投资120亿元。", []),
        ("鲲鹏机器人拟投资8亿元建设总部。", ["鲲鹏机器人"]),
    ];

    private static (string Folded, ulong[][] Features, List<TaggerWord> Words, List<(int Start, int End)> Zones) Read(string text)
    {
        var document = new ArticleDocument(new ArticleRecord { Id = "t#1", Source = "t", Body = text }, null);
        Segmentation.Annotate(document);
        Zones.Annotate(document);
        var (words, zones) = CompanyTaggerFeatures.Inputs(document);
        var folded = TextNormalizer.Fold(text);
        return (folded, CompanyTaggerFeatures.Default.Extract(folded, words, zones), words, zones);
    }

    private static CompanyTaggerModel Trained() =>
        CompanyTaggerTrainer.Train(Examples.Select(e =>
        {
            var read = Read(e.Text);
            return (read.Features, CompanyTaggerTrainer.GoldTags(read.Folded, e.Names));
        }).ToList(), epochs: 10, minCount: 1);

    private static List<string> Names(CompanyTagger tagger, string text)
    {
        var read = Read(text);
        return tagger.Find(read.Folded, read.Words, read.Zones).Select(n => text[n.Start..n.End]).ToList();
    }

    [Fact]
    public void GoldNamesAreTaggedLongestFirstWithoutOverlapsAndNamesNotWrittenTagNothing()
    {
        var tags = CompanyTaggerTrainer.GoldTags("甲乙科技与甲乙科技集团签约", ["甲乙科技", "甲乙科技集团", "丙丁控股"]);
        Assert.Equal("BIIIOBIIIIIOO", new string(tags.Select(t => "OBI"[t]).ToArray()));
    }

    [Fact]
    public void DecodingNeverStartsANameInside()
    {
        // Scores that favour I everywhere: the best sequence still opens each name with B.
        var emissions = new float[] { 0, 0, 5, 0, 0, 5, 3, 0, 0 };
        var tags = CompanyTaggerModel.Decode(emissions, 3, new float[12]);
        Assert.NotEqual(CompanyTaggerModel.I, tags[0]);
        for (var i = 1; i < tags.Length; i++)
            if (tags[i] == CompanyTaggerModel.I) Assert.NotEqual(CompanyTaggerModel.O, tags[i - 1]);
    }

    [Fact]
    public void LearntContextsFindCompaniesItNeverSaw()
    {
        var tagger = new CompanyTagger(Trained(), CompanyTaggerFeatures.Default);
        Assert.Equal(["白杨半导体", "金穗医疗"], Names(tagger, "白杨半导体、金穗医疗等企业签约落户。"));
        Assert.Equal(["雪松科技"], Names(tagger, "雪松科技拟投资2亿元建设研发中心。"));
        Assert.Empty(Names(tagger, "市民在公园里散步，道路两旁绿树成荫。"));
    }

    [Fact]
    public void SavedWeightsTagAsTheTrainedModelDoes()
    {
        var model = Trained();
        using var saved = new MemoryStream();
        model.Save(saved);
        saved.Position = 0;
        var loaded = CompanyTaggerModel.Load(saved, "test weights");
        Assert.Equal(model.FeatureCount, loaded.FeatureCount);
        const string text = "白杨半导体、金穗医疗等企业签约落户。";
        Assert.Equal(Names(new CompanyTagger(model, CompanyTaggerFeatures.Default), text), Names(new CompanyTagger(loaded, CompanyTaggerFeatures.Default), text));
        Assert.Throws<InvalidDataException>(() => CompanyTaggerModel.Load(new MemoryStream(saved.ToArray()[..20]), "cut weights"));
    }
}

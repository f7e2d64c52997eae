using Pipeline.Extract.Model;
using Pipeline.Extract.Pipeline;
using static Pipeline.Extract.Tests.Attribution.AttributionHarness;

namespace Pipeline.Extract.Tests.Attribution;

/// <summary>One test per attribution rule, on sentences written for the test (not taken from the seeds).</summary>
public class AttributionRuleTests
{
    [Fact]
    public void APeriodCarriesOverToLaterSentencesUntilAnotherIsGiven()
    {
        var record = Run("今年前三季度,西安高新区经济保持平稳。全区规上工业总产值完成1500亿元。企业研发投入30亿元。" +
                         "2020年,全区实现营业收入9000亿元。新增企业8000户。", "2021-10-20");
        Assert.Equal("2021-01..2021-09", Period(Figure(record, "1500亿元")));
        Assert.Equal("2021-01..2021-09", Period(Figure(record, "30亿元")));
        Assert.Equal("2020", Period(Figure(record, "9000亿元")));
        Assert.Equal("2020", Period(Figure(record, "8000户")));
    }

    [Fact]
    public void PartsOfTheYearAndStocksAtAPoint()
    {
        var record = Run("上半年,园区完成固定资产投资86亿元。截至2021年底,园区共有上市公司27家。", "2021-07-15");
        Assert.Equal("2021-01..2021-06", Period(Figure(record, "86亿元")));
        Assert.Equal("2021-12", Period(Figure(record, "27家")));
        var early = Run("前三季度,该区税收收入12.5亿元。", "2022-10-30");
        Assert.Equal("2022-01..2022-09", Period(Figure(early, "12.5亿元")));
    }

    [Fact]
    public void NowIsThePublicationMonthOrTheLastMonthStatedWhenOnlyTheYearIsKnown()
    {
        var dated = Run("目前,园区已集聚企业3200家。", "2022-05-18");
        Assert.Equal("2022-05", Period(Figure(dated, "3200家")));
        var yearOnly = Run("1-9月,全市园区实现营业收入800亿元。目前,全市园区入驻企业4100家。", "2020");
        Assert.Equal("2020-09", Period(Figure(yearOnly, "4100家")));
        var nothingStated = Run("目前,全市园区入驻企业4100家。", "2020");
        Assert.Equal("2020", Period(Figure(nothingStated, "4100家")));
    }

    [Fact]
    public void RelativeYearsResolveAgainstThePublicationDateAndNoneGivesNull()
    {
        var record = Run("去年,该区实现技工贸总收入2400亿元。", "2023-03-01");
        Assert.Equal("2022", Period(Figure(record, "2400亿元")));
        Assert.Null(Run("该园区拥有孵化器18家。", "2023-03-01").Figures[0].Period);
        Assert.Null(Run("去年,该区实现技工贸总收入2400亿元。", null).Figures[0].Period);
    }

    [Fact]
    public void AComparisonYearIsNoPeriod()
    {
        var record = Run("2022年,全区出口额为56亿元,比上年增长8.2%。", "2023-02-01");
        Assert.Equal("2022", Period(Figure(record, "8.2%")));
    }

    [Fact]
    public void TargetsFromCuesAndFutureYears()
    {
        var record = Run("到2027年,全区规上工业增加值将突破800亿元。去年全区规上工业增加值为520亿元。", "2024-05-01");
        var goal = Figure(record, "800亿元");
        Assert.True(goal.Target);
        Assert.Equal("2027", Period(goal));
        Assert.False(Figure(record, "520亿元").Target);
        Assert.True(Run("预计全年新增高新技术企业300家。", "2024-05-01").Figures[0].Target);
        Assert.True(Run("园区力争引进外资项目15个。", "2024-05-01").Figures[0].Target);
        Assert.False(Run("管委会将12家企业列入重点名单。", "2024-05-01").Figures[0].Target); // 将 as the object marker
    }

    [Fact]
    public void ChangeKinds()
    {
        Assert.Equal("percent", Run("全区税收同比下降3.4%。").Figures[0].ChangeKind);
        Assert.Equal("percentage_points", Run("研发投入强度较上年提高0.8个百分点。").Figures[0].ChangeKind);
        Assert.Equal("absolute", Run("全区净增科技型中小企业420家。").Figures.Single(f => f.Text == "420家").ChangeKind ?? "absolute");
        Assert.Equal("multiple", Run("园区营业收入是五年前的3.1倍。").Figures[0].ChangeKind);
        var level = Run("新材料产业产值提高到210亿元。").Figures[0];
        Assert.False(level.Change);
        Assert.Null(level.ChangeKind);
    }

    [Fact]
    public void AChangeAfterALevelIsTheChangeOfThatLevel()
    {
        var record = Run("2022年,该区地区生产总值达到1160亿元,同比增长7.3%;进出口总额320亿元,增长15%。", "2023-01-10");
        var growth = Figure(record, "7.3%");
        Assert.True(growth.Change);
        Assert.Equal("地区生产总值", growth.Of);
        Assert.Equal("gdp", growth.Indicator);
        var trade = Figure(record, "15%");
        Assert.Equal("进出口总额", trade.Of);
        Assert.Equal("trade", trade.Indicator);
    }

    [Fact]
    public void AShareNamesTheWholeItIsAShareOf()
    {
        var record = Run("园区数字经济核心产业增加值占全市比重达31.6%。");
        var share = Figure(record, "31.6%");
        Assert.Equal("全市", share.ShareOf);
        Assert.Equal("数字经济核心产业增加值占全市比重", share.Metric);
        Assert.Null(share.Indicator); // a share of added value is not the added value
        var listed = Run("电子信息、生物医药产业产值占规上工业总产值的比重分别为38.2%、17.5%。");
        Assert.Equal("规上工业总产值", Figure(listed, "17.5%").ShareOf);
        Assert.Equal("生物医药产业产值占规上工业总产值比重", Figure(listed, "17.5%").Metric);
        // 占比 names no whole: the metric is the part's share, with no share_of.
        var bare = Run("去年园区外资企业占比达到35%。");
        Assert.Equal(("外资企业占比", null), (Figure(bare, "35%").Metric, Figure(bare, "35%").ShareOf));
        // A share after another takes its part, not the metric with the first share's whole (出口额占全省比重占全国比重).
        var two = Run("园区出口额占全省比重为42%,占全国比重为3.1%。");
        Assert.Equal("出口额占全国比重", Figure(two, "3.1%").Metric);
        // A time inside the whole says whose and when, not what: the whole starts after it (and the figure keeps the time).
        var dated = Run("园区数字经济核心产业增加值占公司07年主营业务收入的5.90%。", "2008-07-22");
        Assert.Equal(("主营业务收入", "数字经济核心产业增加值占主营业务收入比重"), (Figure(dated, "5.90%").ShareOf, Figure(dated, "5.90%").Metric));
        Assert.Equal("2007", Figure(dated, "5.90%").Period?.Value);
    }

    [Fact]
    public void TheSubjectCarriesOverAndFallsBackToThePrimaryZone()
    {
        var record = Run("合肥高新区今年新增专精特新企业46家。区内企业发明专利授权量达到2100件。", "2021-11-03");
        record.PrimaryZone ??= "合肥高新区";
        var first = Figure(record, "46家");
        Assert.Equal(("合肥高新区", SubjectKinds.Zone), (first.Subject?.Name, first.Subject?.Kind));
        Assert.Equal("合肥高新区", Figure(record, "2100件").Subject?.Name);
    }

    [Fact]
    public void AZoneSubjectIsNamedInTheArticlesScript()
    {
        var traditional = Run("合肥高新區去年新增專精特新企業46家，區內企業營業收入增長12%。", "2021-11-03");
        var figure = Figure(traditional, "46家");
        Assert.Equal(("合肥高新區", SubjectKinds.Zone), (figure.Subject?.Name, figure.Subject?.Kind));
        Assert.Equal("合肥高新区", figure.Zone); // the record's name, which tables group by
        var simplified = Run("合肥高新区去年新增专精特新企业46家。", "2021-11-03");
        Assert.Equal("合肥高新区", Figure(simplified, "46家").Subject?.Name);
    }

    [Fact]
    public void APlaceIsAPlaceAndNeverTheZone()
    {
        var record = Run("苏州工业园区今年引进项目120个。苏州市新增高新技术企业2100家。", "2021-11-03");
        var city = Figure(record, "2100家");
        Assert.Equal((SubjectKinds.Place, "苏州市"), (city.Subject?.Kind, city.Subject?.Name));
        Assert.Null(city.Zone);
        var modifier = Run("苏州工业园区入选江苏省重点项目达18个。", "2021-11-03");
        Assert.Equal(SubjectKinds.Zone, Figure(modifier, "18个").Subject?.Kind); // 江苏省 only modifies 重点项目
    }

    [Fact]
    public void AListOfCompaniesIsNotTheSubject()
    {
        var record = Run("武汉东湖高新区集聚了华为、小米等光电子信息企业1.6万家。", "2021-11-03");
        Assert.Equal(SubjectKinds.Zone, Figure(record, "1.6万家").Subject?.Kind);
    }

    [Fact]
    public void ACountTakesTheNounItCountsAndVerbsAreNoMetric()
    {
        Assert.Equal("新型研发机构", Run("全区布局建设23家新型研发机构。").Figures[0].Metric);
        Assert.Null(Run("公司紧急调拨了12辆。").Figures[0].Metric);
        // Never a single character left over from a word (时 of 用时).
        Assert.True(Run("审批从申请到办结用时不到5分钟。").Figures[0].Metric is null or { Length: >= 2 });
    }

    [Theory]
    [InlineData("园区实现主营业务收入860亿元。", "860亿元", "revenue")]
    [InlineData("全年完成固定资产投资145亿元。", "145亿元", "investment")]
    [InlineData("新增发明专利1300件。", "1300件", "patents")]
    [InlineData("签约项目34个,协议投资260亿元。", "260亿元", "contracted_investment")]
    [InlineData("全区有效高新技术企业达到712家。", "712家", "high_tech_enterprises")]
    [InlineData("园区吸纳就业人数4.2万人。", "4.2万人", "jobs")]
    [InlineData("园区二氧化碳排放比2020年减少了12万吨。", "12万吨", "emissions")]
    public void IndicatorMapping(string sentence, string figure, string indicator) =>
        Assert.Equal(indicator, Figure(Run(sentence), figure).Indicator);

    /// <summary>The headline's figure of value <paramref name="value"/> once an article page with that headline and body is extracted.</summary>
    [Fact]
    public void AnArticleLineWithoutADateResolvesItsRelativeTimesAgainstItsAddress()
    {
        var record = ExtractionPipeline.CreateDefault().Process(new SourceDocument
        {
            Source = "saved.jsonl:1", Kind = DocumentKind.Article, Url = "http://news.example.cn/zx/2021/1126/21604.html",
            Text = "今年1—10月,园区规模以上工业实现总产值490.5亿元,同比增长6.5%。",
        }).Single();
        Assert.Equal("2021-01..2021-10", Period(Figure(record, "490.5亿元")));
    }

    private static FigureEntity HeadlineFigure(string title, string body, string published, decimal value) =>
        ExtractionPipeline.CreateDefault().Process(new SourceDocument
            {
                Source = "a.html", Kind = DocumentKind.Article, Title = title, Text = body, Published = published,
            })
            .SelectMany(r => r.Figures).First(f => f.Field != ArticleFields.Body && f.Value == value);

    /// <summary>A multiple that opens the headline (`3倍大牛股…`) is a change with nothing before it to be the change of:
    /// it is read, not thrown on (a real page failed whole on this before the guard).</summary>
    [Fact]
    public void AChangeThatOpensTheHeadlineHasNoLevelBeforeIt()
    {
        var figure = HeadlineFigure("3倍大牛股一字跌停,4家核心工厂停产", "今日该股开盘跌停,报7.51元。", "2021-09-23", 3m);
        Assert.Equal(0, figure.Start);
        Assert.Null(figure.Of);
    }

    [Fact]
    public void AHeadlineAmountWithoutItsCurrencyTakesThePeriodOfItsTwinInTheBody() =>
        Assert.Equal("2021-01..2021-06", Period(HeadlineFigure("国开行为园区企业发放贷款80亿", "今年上半年,国开行为园区企业发放贷款80亿元,同比增长12%。",
            "2021-07-10", 8_000_000_000m)));

    [Fact]
    public void AHeadlineNumberTakesThePeriodOfItsTwinInTheBody() =>
        Assert.Equal("2022", Period(HeadlineFigure("长沙高新区营收突破3000亿元", "2022年,长沙高新区营业收入突破3000亿元,同比增长11%。",
            "2023-01-05", 300_000_000_000m)));

    [Theory]
    // Dated by the headline's own 今年, to the day in the body: the body's narrower time.
    [InlineData("今年全县集中开工项目65个", "5月30日,全县举行项目集中开工活动,集中开工项目65个,总投资141亿元。", "2024-05-30")]
    // The body's time is no part of the headline's: the headline keeps its own.
    [InlineData("2023年全县开工项目65个", "今年上半年,全县开工项目65个,总投资141亿元。", "2023")]
    // A headline's bare 12月 read as after the publication date: the body's 去年12月 says which December.
    [InlineData("12月全县开工项目65个", "去年12月,全县开工项目65个,总投资141亿元。", "2023-12")]
    // The headline's 全年 holds where the body's fiscal year ends: the body's twelve months.
    [InlineData("集团全年新开门店65个", "集团公布全年业绩,截至2024年3月31日止年度,新开门店65个。", "2023-04..2024-03")]
    public void AHeadlineNumberTakesTheNarrowerPeriodOfItsTwin(string title, string body, string period) =>
        Assert.Equal(period, Period(HeadlineFigure(title, body, "2024-05-30", 65m)));

    [Theory]
    // GDP in the headline, 地区生产总值 in the body: one indicator, said in the body's fuller words.
    [InlineData("西安高新区前三季度GDP超2000亿元", "今年前三季度,西安高新区实现地区生产总值2034.2亿元,增长11.1%。", "地区生产总值")]
    // The headline's words are the more specific: kept.
    [InlineData("高新区新增43家区级龙头企业", "今年,高新区新增企业43家。", "区级龙头企业")]
    public void AHeadlineNumberNamingTheIndicatorOfItsTwinTakesTheBodysFullerWords(string title, string body, string metric) =>
        Assert.Equal(metric, HeadlineFigure(title, body, "2023-05-10", title.Contains("GDP") ? 200_000_000_000m : 43m).Metric);

    [Theory]
    [InlineData("襄阳高新区签约11个项目总投资超300亿元", "3月8日,襄阳高新区举行招商推介会,现场签约11项,总投资312.6亿元。", 11, "2023-03-08")]
    [InlineData("襄阳高新区签约11个项目总投资超300亿元", "3月8日,襄阳高新区举行招商推介会,现场签约11项,总投资312.6亿元。", 30_000_000_000, "2023-03-08")]
    [InlineData("德企签约项目总投资近50亿", "今年以来,德国企业在渝签约项目8个,总投资48.2亿元。", 5_000_000_000, "2023")]
    // Far from every body amount: no twin.
    [InlineData("园区签约项目总投资超500亿元", "3月8日,园区现场签约项目11个,总投资312.6亿元。", 50_000_000_000, "null")]
    public void AHeadlineNumberTakesThePeriodOfTheSameCountOrOfTheAmountItRounds(string title, string body, long value, string period) =>
        Assert.Equal(period, Period(HeadlineFigure(title, body, "2023-05-10", value)));

    [Fact]
    public void TheOnlyZoneAnArticleNamesStandsInForAFigureThatNamesNoOneThoughItIsNoPrimaryZone()
    {
        var one = Run("首批智能装备项目正式落户常州高新区。“十三五”期间,累计培育规模以上工业企业94家。", "2021-07-27");
        Assert.Null(one.PrimaryZone);
        Assert.Equal(("zone", "常州高新区"), (Figure(one, "94家").Subject?.Kind, Figure(one, "94家").Subject?.Name));
        var two = Run("首批智能装备项目落户常州高新区,第二批落户无锡高新区。“十三五”期间,累计培育规模以上工业企业94家。", "2021-07-27");
        Assert.Null(Figure(two, "94家").Subject);
    }

    [Fact]
    public void AZonePrintedOnlyAsItsKindWordIsNamedByItsFullName()
    {
        var words = new[] { "高新区", "经开区", "开发区", "示范区" };
        var bare = new ZoneEntity
        {
            Name = "衡阳经开区", Kind = "etdz", Aliases = ["衡阳经济技术开发区", "衡阳国家级经济技术开发区", "经开区"],
            Mentions = [new Mention { Text = "经开区", Start = 0, End = 3 }],
        };
        Assert.Equal("衡阳经济技术开发区", global::Pipeline.Extract.Attribution.SubjectReader.SubjectName(bare, words));
        var printed = new ZoneEntity
        {
            Name = "广州经开区", Kind = "etdz", Aliases = ["广州经济技术开发区", "广州开发区"],
            Mentions = [new Mention { Text = "广州开发区", Start = 0, End = 5 }],
        };
        Assert.Equal("广州开发区", global::Pipeline.Extract.Attribution.SubjectReader.SubjectName(printed, words));
    }

    [Fact]
    public void AZoneIsNamedByTheFullestFormTheArticlePrints()
    {
        var words = new[] { "高新区", "经开区", "开发区", "示范区", "经济技术开发区" };
        var zone = new ZoneEntity
        {
            Name = "昆山经开区", Kind = "etdz", Aliases = ["昆山经济技术开发区", "昆山经开区"],
            Mentions = [new Mention { Text = "昆山经开区", Start = 0, End = 5 }, new Mention { Text = "国家级昆山经济技术开发区", Start = 20, End = 32 }],
        };
        Assert.Equal("昆山经济技术开发区", global::Pipeline.Extract.Attribution.SubjectReader.SubjectName(zone, words));
        // A city's 市 before the full kind name goes, in the page's script too.
        var traditional = new ZoneEntity
        {
            Name = "天水经开区", Kind = "etdz", Aliases = ["天水经济技术开发区"],
            Mentions = [new Mention { Text = "天水市經濟技術開發區", Start = 0, End = 10 }],
        };
        Assert.Equal("天水經濟技術開發區", global::Pipeline.Extract.Attribution.SubjectReader.SubjectName(traditional, words));
    }

    [Fact]
    public void AHeadlineFigureAboutAZoneIsNamedAsTheBodyNamesTheZone()
    {
        var record = ExtractionPipeline.CreateDefault().Complete(
            new ArticleRecord { Title = "昆山经开区新签约12个项目", Body = "昆山经济技术开发区今年新签约项目12个,总投资80亿元。" },
            PublicationDate.TryParse("2023-03-01"));
        var headline = record.Figures.First(f => f.Field == ArticleFields.Title);
        Assert.Equal(("12个", "昆山经济技术开发区"), (headline.Text, headline.Subject?.Name));
    }

    [Fact]
    public void AZonesOfficialNameOnThePageInACaptionIsItsSubjectName()
    {
        var body = "临平开发区综合排名全国第24位。2021年临平开发区实现规上工业总产值1061.77亿元。";
        var document = new ArticleDocument(new ArticleRecord
        {
            Body = body, Captions = ["▲综合排名前30名 | 注:临平独立设区后,开发区名称:余杭经济技术开发区 暂未更改"],
        }, PublicationDate.TryParse("2022-01-27"));
        var stages = ExtractionPipeline.CreateDefault().Stages;
        foreach (var stage in stages) stage.Annotate(document);
        foreach (var stage in stages) stage.Project(document);
        Assert.Equal("余杭经济技术开发区", Figure(document.Record, "1061.77亿元").Subject?.Name);
        // Without a name cue, the fullest form the article prints names the zone, wherever it is printed.
        var plain = Run("余杭经济技术开发区综合排名全国第24位。临平开发区实现规上工业总产值1061.77亿元。", "2022-01-27");
        Assert.Equal("余杭经济技术开发区", Figure(plain, "1061.77亿元").Subject?.Name);
    }

    [Fact]
    public void ACompanyWordWithNoCompanyBeforeItIsTheCompanyTheHeadlineNames()
    {
        // The headline prints a name the body gives the company (its short name); the body says only 本公司.
        var aliased = Run("远航精工装备股份有限公司(以下简称远航精工)将于下月上市。本公司首次公开发行5000万股人民币普通股。",
            title: "远航精工:首次公开发行股票上市公告书");
        Assert.Equal(("enterprise", "远航精工装备股份有限公司"), (Figure(aliased, "5000万股").Subject?.Kind, Figure(aliased, "5000万股").Subject?.Name));
        // The headline names the company only before its Hong Kong code; the body says only 集团 and 公司.
        var coded = Run("集团截至六月三十日止六个月的收益为12亿港元。公司拥有人应占溢利减少8%。", title: "康华医疗控股(03689):中期业绩公告");
        Assert.Equal("康华医疗控股", Figure(coded, "12亿港元").Subject?.Name);
        Assert.Equal("康华医疗控股", Figure(coded, "8%").Subject?.Name);
        // A company the body names before the word stays what it refers to.
        var named = Run("蓝海物流控股有限公司公布,集团上半年收益为3亿港元。", title: "康华医疗控股(03689):中期业绩公告");
        Assert.Equal("蓝海物流控股有限公司", Figure(named, "3亿港元").Subject?.Name);
        // A headline that names no company lends nothing.
        var none = Run("公司上半年营业收入为3亿元。", title: "上半年业绩公告");
        Assert.Null(Figure(none, "3亿元").Subject);
    }
}

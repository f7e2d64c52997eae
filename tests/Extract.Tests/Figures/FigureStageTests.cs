using Pipeline.Extract.Attribution;
using Pipeline.Extract.Dates;
using Pipeline.Extract.Figures;
using Pipeline.Extract.Model;
using Pipeline.Extract.Pipeline;

namespace Pipeline.Extract.Tests.Figures;

public class FigureStageTests
{
    internal static (ArticleDocument Document, List<FigureEntity> Figures) Run(string body, string? published = "2022-08-15",
        Action<ArticleDocument>? before = null)
    {
        var document = new ArticleDocument(new ArticleRecord { Body = body }, PublicationDate.TryParse(published));
        before?.Invoke(document);
        // Attribution (metric, change, subject) reads what the figure stage found; run it too.
        IStage[] stages = { new DateStage(), new FigureStage(), new AttributionStage() };
        foreach (var s in stages) s.Annotate(document);
        foreach (var s in stages) s.Project(document);
        return (document, document.Record.Figures);
    }

    private static FigureEntity Single(string body) => Assert.Single(Run(body).Figures);

    [Theory]
    [InlineData("产值超2300亿元。", "230000000000", "元", "money", true)]
    [InlineData("减少二氧化碳排放约1.7万吨。", "17000", "吨", "measure", true)]
    [InlineData("已达18兆瓦。", "18", "兆瓦", "measure", false)]
    [InlineData("单位GDP能耗0.205吨标准煤/万元,达到先进水平", "0.205", "吨标准煤/万元", "measure", false)]
    [InlineData("获得了3000万的信用贷款。", "30000000", "", "other", false)]
    [InlineData("活动吸引了百余名专家。", "100", "名", "count", true)]
    [InlineData("浏览量超过 8000 人次。", "8000", "人次", "count", true)]
    [InlineData("留学人员领办企业占比达70%以上。", "70", "%", "percent", true)]
    [InlineData("入库仪器总数1万多台(套)", "10000", "台", "count", true)]
    [InlineData("营业收入47.8万亿元", "47800000000000", "元", "money", false)]
    [InlineData("均占合肥市1/4", "0.25", "", "ratio", false)]
    [InlineData("工业增加值能耗为全国平均水平的1/3。", "0.333333", "", "ratio", false)]
    [InlineData("生产总值是当年的2.35倍。", "2.35", "倍", "ratio", false)]
    [InlineData("前后用时不到10分钟。", "10", "分钟", "duration", true)]
    [InlineData("奔腾激光产业园3个月完成地基施工", "3", "个月", "duration", false)]
    [InlineData("比重约占百分之三十。", "30", "%", "percent", false)]
    [InlineData("全市人口一亿零五万人。", "100050000", "人", "count", false)]
    [InlineData("员工两千三百名。", "2300", "名", "count", false)]
    [InlineData("占深圳市比重超4成。", "40", "%", "percent", true)]   // tenths are written as the percentage
    [InlineData("全年财政扶持资金超亿元。", "100000000", "元", "money", true)]
    [InlineData("营收１，１００万元。", "11000000", "元", "money", false)]
    [InlineData("投资3万4000元。", "34000", "元", "money", false)]
    [InlineData("就業人數達26萬3,649人。", "263649", "人", "count", false)]
    [InlineData("貸款餘額1億2,500萬元。", "125000000", "元", "money", false)]
    [InlineData("主要产品为3千瓦激光切割机", "3", "千瓦", "measure", false)]
    [InlineData("總投資約40億元。", "4000000000", "元", "money", true)]
    [InlineData("扶持资金5000余万元。", "50000000", "元", "money", true)]
    [InlineData("观众10多万人次。", "100000", "人次", "count", true)]
    [InlineData("带宽达到100Gbps。", "100", "Gbps", "measure", false)]
    [InlineData("房价1.2万元/平方米。", "12000", "元/平方米", "money", false)]
    [InlineData("增速提高1.5个百分点。", "1.5", "个百分点", "percent", false)]
    [InlineData("有一亿两千万人次参与。", "120000000", "人次", "count", false)]
    [InlineData("营收三点五亿元。", "350000000", "元", "money", false)]
    [InlineData("奖励十五万元。", "150000", "元", "money", false)]
    [InlineData("融资两千万美元。", "20000000", "美元", "money", false)]
    [InlineData("补贴三万五千元。", "35000", "元", "money", false)]
    [InlineData("增长百分之三十五点五。", "35.5", "%", "percent", false)]
    [InlineData("不良率为千分之五。", "5", "‰", "percent", false)]
    [InlineData("年产值逾千亿元。", "100000000000", "元", "money", true)]
    public void ResolvesValueUnitKindAndApproximation(string body, string value, string unit, string kind, bool approx)
    {
        var figures = Run(body).Figures;
        var f = figures.First(x => x.Value == decimal.Parse(value));
        Assert.Equal(unit, f.Unit);
        Assert.Equal(kind, f.Kind);
        Assert.Equal(approx, f.Approx);
    }

    [Theory]
    [InlineData("清洁能源占比将达到25%—35%。", "25", "35", "%")]
    [InlineData("一次充氢仅需8—15分钟,可行驶400公里。", "8", "15", "分钟")]
    [InlineData("提供60—100平方米的办公场地", "60", "100", "平方米")]
    [InlineData("增速在10%至20%之间", "10", "20", "%")]
    [InlineData("每户补贴5-10万元。", "50000", "100000", "元")]
    [InlineData("投资3—5亿元。", "300000000", "500000000", "元")]
    [InlineData("奖励5万元-10万元。", "50000", "100000", "元")]
    public void ReadsRanges(string body, string min, string max, string unit)
    {
        var f = Run(body).Figures.First();
        Assert.Equal(decimal.Parse(min), f.Value);
        Assert.Equal(decimal.Parse(max), f.ValueMax);
        Assert.Equal(unit, f.Unit);
    }

    [Theory]
    [InlineData("10年来,深圳高新区遵循规律。")]
    [InlineData("经过30多年发展,国家高新区壮大。")]
    [InlineData("为其提供3-5年的免租期")]
    [InlineData("今年是香港回归祖国25周年。")]
    [InlineData("2022年第13期(总第542期)")]
    [InlineData("在全国百强镇排名中位列第46位。")]
    [InlineData("5G、8K、人工智能、3D显示")]
    [InlineData("入选全国硬科技企业之星TOP100榜单")]
    [InlineData("打造“6+2+X”现代产业集群")]
    [InlineData("出台全国力度最大的“氢能10条”。")]
    [InlineData("出台《“551”人才计划》")]
    [InlineData("青岛地铁2、3号线运营控制中心")]
    [InlineData("已经与6英寸晶圆制造生产线平台签约")]
    [InlineData("“氢能10条”2.0版对氢能产业实行全链条支持")]
    [InlineData("面向国内500强企业招商")]
    [InlineData("出台《关于促进科技创新20条政策措施》")]
    [InlineData("5月19日举行的“2021碳达峰碳中和无锡峰会”")]
    [InlineData("当前正是2022届高校毕业生就业冲刺期")]
    [InlineData("吸引数十万名观众。")]
    [InlineData("打造千百亿级产业集群。")]
    [InlineData("建设两个中心和五大工程。")]
    [InlineData("均水平的近三倍。")]
    [InlineData("1. 开展绿色发展政策研究\n2. 推行数字化节能")]
    [InlineData("一是坚持创新,二是坚持开放。")]
    [InlineData("千家万户用上了绿电,万众一心。")]
    [InlineData("2018-2020年,实现增加值")]
    [InlineData("会议于上午10:30开幕。")]
    [InlineData("见图1,详见附件2。")]
    [InlineData("高新区有五大工程。")] // a slogan's count in words
    public void LeavesOutWhatIsNotAFigure(string body) => Assert.Empty(Run(body).Figures);

    [Fact]
    public void JoinsNumbersAndUnitsBrokenByColumnWraps()
    {
        var body = "有一定规模的工业企业达到1809家,其中年销售额超2\n000万元的骨干企业有205家,可行驶400公\n里以上。";
        var figures = Run(body).Figures;
        Assert.Equal(new[] { 1809m, 20_000_000m, 205m, 400m }, figures.Select(f => f.Value));
        var broken = figures[1];
        Assert.Equal("超2000万元", broken.Text);
        Assert.Equal("超2\n000万元", body[broken.Start..broken.End]);
        Assert.Equal("公里", figures[3].Unit);
    }

    [Fact]
    public void KeepsHeadingBreaksApart()
    {
        var figures = Run("200家\n3月底,企业超过50家。").Figures;
        Assert.Equal(new[] { 200m, 50m }, figures.Select(f => f.Value));
    }

    [Fact]
    public void ListedNumbersShareTheUnitOfTheLast()
    {
        var figures = Run("比重分别提高到49.7%、52.5%、68.5%,新增3、5家。").Figures;
        Assert.Equal(new[] { 49.7m, 52.5m, 68.5m, 3m, 5m }, figures.Select(f => f.Value));
        Assert.Equal("家", figures[3].Unit);
    }

    [Theory]
    [InlineData("产值超2300亿元。", "产值")]
    [InlineData("全年实现营业收入1.2万亿元。", "营业收入")]
    [InlineData("每年减少二氧化碳排放约1.7万吨。", "二氧化碳排放")]
    [InlineData("上半年,规上工业总产值增长11.7%。", "规上工业总产值")]
    [InlineData("企业研发投入达到3.5亿元。", "研发投入")]
    [InlineData("园区拥有高新技术企业5450家。", "高新技术企业")]
    [InlineData("杨凌示范区生产总值157.78亿元。", "生产总值")] // the holder has its own field
    public void TheMetricIsTheNounPhraseBeforeTheFigure(string body, string metric) =>
        Assert.Equal(metric, Run(body).Figures[0].Metric);

    [Theory]
    [InlineData("全区已有近百家。")]         // 已有 takes the count as its object
    [InlineData("同比增长11.7%。")]          // only link words before the figure
    [InlineData("车辆可行驶400公里以上。")]  // a verb with no noun before it
    public void NoMetricWhenTheClauseNamesNothing(string body) => Assert.Null(Run(body).Figures[0].Metric);

    [Fact]
    public void AnAmountOfMoneyNeedsNoApproximationWordButAClassIsNone()
    {
        Assert.Equal(10_000_000_000m, Single("园区产业规模力争突破百亿元。").Value);
        // 亿元企业, 超亿元的项目: 亿元 names the size class of the companies (the seeds' independent gold and heldout5/7 count
        // only the companies); 超百亿元企业 states a threshold with a multiple and stays a figure.
        Assert.Equal(new[] { "53家" }, Run("培育亿元企业53家。").Figures.Select(f => f.Text));
        Assert.Equal(new[] { "超百亿元", "6家" }, Run("其中产值超百亿元企业6家。").Figures.Select(f => f.Text));
        Assert.Empty(Run("打造千亿元级产业集群。").Figures);
    }

    [Fact]
    public void NamesMetricAndChange()
    {
        var figures = Run("营业收入47.8万亿元,同比增长11.7%;利润总额4.1万亿元,比重提高到49.7%。").Figures;
        Assert.Equal("营业收入", figures[0].Metric);
        Assert.False(figures[0].Change);
        Assert.True(figures[1].Change);
        Assert.Equal("利润总额", figures[2].Metric);
        Assert.False(figures[3].Change); // 提高到 names the level reached
        Assert.Equal("产值", Single("产值超2300亿元。").Metric);
        Assert.True(Single("每年可减少碳排放3.5万吨。").Change);
    }

    [Fact]
    public void NamesZoneAndEnterpriseOfTheSentence()
    {
        const string body = "广州高新区绿色产业规模以上企业超过200家。雄川氢能推出500辆泥头车,广州高新区产值超2300亿元。企业共有8辆车。";
        var zone = new ZoneEntity { Name = "广州高新区" };
        var enterprise = new EnterpriseEntity { Name = "雄川氢能科技(广州)有限责任公司" };
        void AddMentions(ArticleDocument d)
        {
            var first = body.IndexOf("广州高新区", StringComparison.Ordinal);
            var second = body.IndexOf("广州高新区", first + 1, StringComparison.Ordinal);
            var company = body.IndexOf("雄川氢能", StringComparison.Ordinal);
            d.Add(new Annotation(Labels.Zone, first, first + 5, "广州高新区", zone));
            d.Add(new Annotation(Labels.Zone, second, second + 5, "广州高新区", zone));
            d.Add(new Annotation(Labels.Enterprise, company, company + 4, "雄川氢能", enterprise));
        }
        var figures = Run(body, before: AddMentions).Figures;
        Assert.Equal(4, figures.Count);
        Assert.Equal(("广州高新区", (string?)null), (figures[0].Zone, figures[0].Enterprise));
        Assert.Equal((null, enterprise.Name), (figures[1].Zone, figures[1].Enterprise));        // 500辆: only the company precedes it
        Assert.Equal(("广州高新区", (string?)null), (figures[2].Zone, figures[2].Enterprise)); // the nearest preceding name is the subject
        Assert.Equal((null, enterprise.Name), (figures[3].Zone, figures[3].Enterprise));        // carried over: the topic of the sentence before
    }

    [Fact]
    public void WorksWithoutZoneOrEnterpriseStages()
    {
        var f = Single("广州高新区产值超2300亿元。");
        Assert.Null(f.Zone);
        Assert.Null(f.Enterprise);
        Assert.True(f.Digit);
    }

    [Fact]
    public void ChineseNumeralFiguresAreNotDigitFigures() => Assert.False(Single("员工两千三百名。").Digit);

    [Fact]
    public void OffsetsPointIntoTheBody()
    {
        const string body = "截至目前,企业超过 200 家。";
        var (document, figures) = Run(body);
        var f = Assert.Single(figures);
        Assert.Equal("超过 200 家", body[f.Start..f.End]);
        var annotation = Assert.Single(document.Get(Labels.Figure));
        Assert.Same(f, annotation.Value);
    }
}

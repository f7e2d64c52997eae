# hkcd.com.hk (香港商報, Hong Kong newspaper site), a mainland zone story in Traditional script; masthead lines
# (`香港商報`, `-- 天氣`) before the headline, which is stored twice (one title); printed `2023-02-07 16:37:21` (clock no
# figure) → published 2023-02-07. The text breaks off in the `要緊緊圍繞萬億級…` paragraph: cut after the photo caption
# before it (`图2.jpg` is an image file name, no figure). Zone: 大連長興島經濟技術開發區 (`…經濟技術開發區`; the shorter
# `長興島經濟技術開發區` twice as variant; bare `長興島` in the headline is a place name, no variant). `2023年工作會議` is an
# event name: no date (GUIDE's letter). `7日` → 2023-02-07, `下半年` → 2023-07..2023-12 (inferred); `年內`, `新的一年`
# no dates. Companies heading project names are short entries (heldout10/16): 康輝, 恆力化工, 中石油大石化, 華一奧克,
# 中科催化, 恆力 (alone: `恆力1200萬噸/年PTA`); 恆力石化 is the company of `恆力石化產業園` (heldout16: the company of a
# named park is entered); `恆力聚酯科技園/產業園` is a park. Capacities `N萬噸/年` are measures (kind set by hand);
# those to be completed this year (`確保年內全部投產`) are 2023 targets; the running plants (`持續穩產達產`) levels.
# `萬億級` (size class), `三年過萬億` (slogan), `九個方面` (small count): no figures.
PUBLISHED = "2023-02-07"
PUBLISHED_INFERRED = False
CX = "大連長興島經濟技術開發區"
HL = "恆力"
MT = dict(kind="measure", M=None)
ARTICLES = [A("長興島全力推動建設萬億級綠色石化產業集群", CX)]
ZONES = [Z(CX, [CX, "長興島經濟技術開發區"])]
ENTERPRISES = [E("恆力石化", kind="short"), E("康輝", kind="short"), E("恆力化工", kind="short"),
               E("中石油大石化", kind="short"), E("華一奧克", kind="short"), E("中科催化", kind="short"), E(HL, kind="short")]
FIGURES = [
    F("45萬噸/年", 450000, "噸/年", kind="measure", S="康輝", K="enterprise", M="生物可降解塑料產能", P="2023", T=True),
    F("30萬噸/年", 300000, "噸/年", kind="measure", S="恆力化工", K="enterprise", M="己二酸產能", P="2023", T=True),
    F("260萬噸/年", 2600000, "噸/年", kind="measure", S=HL, K="enterprise", M="聚酯產能", P="2023", T=True),
    F("160萬噸/年", 1600000, "噸/年", kind="measure", S=HL, K="enterprise", M="高性能樹脂產能", P="2023", T=True),
    F("60萬噸/年", 600000, "噸/年", kind="measure", S=HL, K="enterprise", M="BDO產能", P="2023", T=True),
    F("1200萬噸/年", 12000000, "噸/年", kind="measure", S=HL, K="enterprise", M="PTA產能"),
    F("2000萬噸/年", 20000000, "噸/年", kind="measure", S=HL, K="enterprise", M="煉化一體化產能"),
    F("150萬噸/年", 1500000, "噸/年", kind="measure", S=HL, K="enterprise", M="乙烯產能"),
]
DATES = [D("2023-02-07", "2023-02-07"), D("7日", "2023-02-07", inferred=True),
         D("下半年", "2023-07", "2023-12", inferred=True)]
EXCLUDE = ["16:37:21", "2023年工作會議", "图2.jpg"]

# fzgxq.fuzhou.gov.cn (福州高新区 administration's own site, 园区动态): a short item written as one phrase per line
# (WeChat-style), the lists of companies were images and are not in the stored text. Printed `时间: 2024-09-12 10:17`
# (published; clock no figure). Kept through the source line `来源:高新区`; the widgets after it (`附件下载`,
# `扫一扫…`, `相关解读`) cut.
# Zone: 福州高新区 (primary), also called bare `高新区` in the headline and the source line (variants).
# Enterprises: none named in the text (`小巨人企业` is a class). 国家工业和信息化部 is government.
# Figures: `6家`. `第六批`, `第三批` are ordinals (no digits). No date beyond the printed one (`近日` no calendar value).
PUBLISHED = "2024-09-12"
PUBLISHED_INFERRED = False
FZ = "福州高新区"
ARTICLES = [A("国家级“小巨人”,有高新区的他们!", FZ)]
ZONES = [Z(FZ, [FZ, "高新区"])]
ENTERPRISES = []
FIGURES = [F("6家", 6, "家", S=FZ, K="zone", M="入选专精特新“小巨人”企业", P="2024-09")]
DATES = [D("2024-09-12", "2024-09-12")]
EXCLUDE = ["10:17"]

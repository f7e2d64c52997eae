using System.Globalization;
using System.Text;
using Pipeline.Extract.Text;

namespace Pipeline.Extract.Tests.Text;

public class TextNormalizerTests
{
    [Fact]
    public void CleanCollapsesEverySpaceKindAndDropsInvisibles()
    {
        Assert.Equal("量超过 8000 人次。", TextNormalizer.Clean("量超过\u3000 8000\u00a0\u200b人次。\t"));
    }

    [Fact]
    public void CleanMakesFullWidthDigitsAndLettersAsciiButKeepsChinesePunctuationAndCircledNumbers()
    {
        Assert.Equal("增长12.5%，AI", TextNormalizer.Clean("增长１２．５％，ＡＩ"));
        Assert.Equal("园区发展④：", TextNormalizer.Clean("园区发展④："));
    }

    [Fact]
    public void CleanReadsASmallFullStopBetweenDigitsAsTheDecimalPointAndLeavesItElsewhere()
    {
        Assert.Equal("營業額20.25億元，增長5.3%", TextNormalizer.Clean("營業額20﹒25億元，增長5﹒3%"));
        Assert.Equal("增长12.5%", TextNormalizer.Clean("增长１２﹒５％"));
        // A list's number before a heading (1﹒香港) and a stop after a word keep the mark as printed.
        Assert.Equal("1﹒香港:營業額", TextNormalizer.Clean("1﹒香港:營業額"));
        Assert.Equal("完成﹒", TextNormalizer.Clean("完成﹒"));
    }

    [Fact]
    public void FoldKeepsLengthAndFoldsWidthAndScript()
    {
        const string text = "深圳高新區：營業收入增長１２％";
        var folded = TextNormalizer.Fold(text);
        Assert.Equal(text.Length, folded.Length);
        Assert.Equal("深圳高新区:营业收入增长12%", folded);
    }

    [Fact]
    public void Folding_a_text_that_needs_no_folding_gives_the_text_itself()
    {
        const string text = "高新区实现营业收入1200亿元,同比增长12%";
        Assert.Same(text, TextNormalizer.Fold(text));
        Assert.Same(text, ChineseScript.ToSimplified(text));
    }

    [Fact]
    public void Folding_reuses_its_buffer_without_leaking_one_text_into_the_next()
    {
        // A long text, then a shorter one folded from the same pooled buffer: each comes out whole and alone.
        var longText = string.Concat(Enumerable.Repeat("蘇州工業園區營業收入增長１２％。", 400));
        var shortText = "經濟技術開發區";
        Assert.Equal(string.Concat(Enumerable.Repeat("苏州工业园区营业收入增长12%。", 400)), TextNormalizer.Fold(longText));
        Assert.Equal("经济技术开发区", TextNormalizer.Fold(shortText));
        Assert.Equal("经济技术开发区", ChineseScript.ToSimplified(shortText));
    }

    [Fact]
    public void FoldLeavesSeriesNumbersAlone() => Assert.Equal("高新区绿色发展③", TextNormalizer.Fold("高新区绿色发展③"));

    [Theory]
    [InlineData("已建成。", true)]
    [InlineData("“很方便。”", true)]
    [InlineData("如何再突破?", true)]
    [InlineData("零碳园区等目", false)]
    [InlineData("乙市经开区,", false)]
    public void TellsWhetherASentenceEnded(string text, bool ends) => Assert.Equal(ends, TextNormalizer.EndsSentence(text));

    [Theory]
    [InlineData("建设零碳园区等目", "标。按照计划", "建设零碳园区等目标。按照计划")]
    [InlineData("通过 Open", "Harmony 系统", "通过 Open Harmony 系统")]
    [InlineData("累计浏览", "量超过 8000 人次", "累计浏览量超过 8000 人次")]
    public void JoinsBrokenLinesWithoutASpaceBetweenHanCharacters(string head, string tail, string joined) =>
        Assert.Equal(joined, TextNormalizer.JoinBroken(head, tail));

    [Fact]
    public void CharsCleanLeavesOutOfNfcAreInertUnderIt()
    {
        // Clean skips ICU when every char of a line is one of these: each must be NFC alone (no singleton or excluded
        // decomposition), not a combining mark, and never a non-first char of any char's canonical decomposition (the
        // chars a composition could take as its second). Then no text of them changes under NFC.
        var seconds = new HashSet<char>();
        for (var c = 0; c < 0x10000; c++)
        {
            // Surrogates and U+FFFE make Normalize throw: Clean sends them to it as before, so an article holding one fails as before.
            if (c is >= 0xd800 and <= 0xdfff or 0xfffe)
            {
                Assert.False(TextNormalizer.IsNfcInert((char)c));
                continue;
            }
            var ch = (char)c;
            var decomposed = ch.ToString().Normalize(NormalizationForm.FormD);
            foreach (var part in decomposed.AsSpan(1)) seconds.Add(part);
            if (!TextNormalizer.IsNfcInert(ch)) continue;
            Assert.True(ch.ToString().IsNormalized(NormalizationForm.FormC), $"U+{c:X4} changes under NFC");
            Assert.DoesNotContain(CharUnicodeInfo.GetUnicodeCategory(ch),
                new[] { UnicodeCategory.NonSpacingMark, UnicodeCategory.SpacingCombiningMark, UnicodeCategory.EnclosingMark });
        }
        Assert.Contains('\u0301', seconds); // the check above sees the combining marks
        Assert.Contains('\u1161', seconds); // and Hangul's vowel jamo
        Assert.DoesNotContain(seconds, TextNormalizer.IsNfcInert);
    }

    [Fact]
    public void CleanGivesWhatNfcAndTheCharRulesGiveOnMixedText()
    {
        // The old Clean, NFC of every line through ICU and the char loop over all of it, against the one that skips ICU
        // for inert text and copies nothing when no char changes.
        static string Reference(string text)
        {
            var sb = new StringBuilder();
            var pendingSpace = false;
            var normalized = text.Normalize(NormalizationForm.FormC);
            for (var i = 0; i < normalized.Length; i++)
            {
                var ch = normalized[i];
                if (ch is '\u200b' or '\u200c' or '\u200d' or '\u2060' or '\ufeff' or '\u00ad'
                    || CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.Format) continue;
                if (char.IsWhiteSpace(ch) || char.IsControl(ch)) { pendingSpace = sb.Length > 0; continue; }
                if (ch is >= '０' and <= '９' or >= 'Ａ' and <= 'Ｚ' or >= 'ａ' and <= 'ｚ' or '％' or '．' or '＋' or '－' or '／')
                    ch = (char)(ch - 0xFEE0);
                else if (ch == '﹒' && i > 0 && i + 1 < normalized.Length && IsDigit(normalized[i - 1]) && IsDigit(normalized[i + 1]))
                    ch = '.';
                if (pendingSpace) sb.Append(' ');
                pendingSpace = false;
                sb.Append(ch);
            }
            return sb.ToString();
        }
        static bool IsDigit(char c) => c is >= '0' and <= '9' or >= '０' and <= '９';

        var pieces = new[]
        {
            "高新区", "签约", "營業額", "，", "。", "“", "”", "、", "：", "（", "）", "【", "】", "《", "》", " ", "\u3000", "\u00a0", "\t",
            "\u200b", "\ufeff", "１２", "．", "５", "％", "ＡＩ", "﹒", "3", "AI", "e\u0301", "\u0301", "가", "\u1100\u1161", "\uf900",
            "\u2000", "\u302a", "é", "·", "—", "…", "①", "\u3099", "か", "\u00ad", "\r", "\u2028",
        };
        var random = new Random(19);
        for (var n = 0; n < 20_000; n++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(0, 12)).Select(_ => pieces[random.Next(pieces.Length)]));
            Assert.Equal(Reference(text), TextNormalizer.Clean(text));
        }
        foreach (var text in DevelopmentPageTexts.Lines())
            Assert.Equal(Reference(text), TextNormalizer.Clean(text));
    }
}

using Dataset.LanguageServer.Features;
using Dataset.LanguageServer.Protocol;

namespace Dataset.LanguageServer.Tests;

/// <summary>Positions through one line-start table per text: LSP's line breaks (\n, \r\n, \r) and UTF-16 columns.</summary>
public sealed class TextLinesTests
{
    [Fact]
    public void Offsets_and_positions_convert_both_ways_across_every_kind_of_line_break()
    {
        var text = "a: 1\r\nbé: 2\rc: 3\nlast";
        var lines = TextLines.Of(text);

        Assert.Equal(4, lines.Count);
        Assert.Equal(["a: 1", "bé: 2", "c: 3", "last"], Enumerable.Range(0, lines.Count).Select(i => lines[i]));
        for (var offset = 0; offset <= text.Length; offset++)
        {
            if (offset > 0 && text[offset - 1] == '\r' && offset < text.Length && text[offset] == '\n')
            {
                continue; // between \r and \n is no position of its own
            }

            Assert.Equal(offset, lines.OffsetAt(lines.PositionAt(offset)));
        }

        Assert.Equal(new Position(3, 4), lines.End);
        Assert.Equal(text.IndexOf("c:", StringComparison.Ordinal), lines.OffsetAt(new Position(2, 0)));
        Assert.Equal(text.IndexOf("\rc", StringComparison.Ordinal), lines.OffsetAt(new Position(1, 99)));
    }

    [Fact]
    public void A_text_is_scanned_once_however_often_it_is_asked_for()
    {
        var text = string.Concat(Enumerable.Repeat("line\n", 3));

        Assert.Same(TextLines.Of(text), TextLines.Of(text));
    }
}

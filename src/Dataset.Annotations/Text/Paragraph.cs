using System.Collections.Generic;

namespace Dataset.Annotations.Text;

/// <summary>One paragraph (line) of an article: its 1-based number, its characters and its quoted passages.</summary>
internal sealed class Paragraph
{
    public Paragraph(int number, int start, int end, IReadOnlyList<Quote> quotes)
    {
        Number = number;
        Start = start;
        End = end;
        Quotes = quotes;
    }

    public int Number { get; }

    public int Start { get; }

    public int End { get; }

    public IReadOnlyList<Quote> Quotes { get; }
}

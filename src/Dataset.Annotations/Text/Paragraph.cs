using System.Collections.Generic;

namespace Dataset.Annotations.Text;

/// <summary>One paragraph (line) of an article: its 1-based number, its characters <c>[Start, End)</c> and its quoted passages.</summary>
internal sealed record Paragraph(int Number, int Start, int End, IReadOnlyList<Quote> Quotes);

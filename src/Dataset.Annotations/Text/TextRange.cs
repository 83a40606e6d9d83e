namespace Dataset.Annotations.Text;

/// <summary>A span of an article text, as .NET string indices: <c>[Start, End)</c>.</summary>
internal sealed record TextRange(int Start, int End)
{
    public bool Overlaps(TextRange other) => Start < other.End && other.Start < End;
}

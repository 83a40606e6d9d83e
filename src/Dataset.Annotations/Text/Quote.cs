namespace Dataset.Annotations.Text;

/// <summary>A passage from its opening mark to its closing mark (or the paragraph's end), with the quoted text inside.</summary>
internal readonly struct Quote
{
    public Quote(int start, int end, int innerStart, int innerEnd)
    {
        Start = start;
        End = end;
        InnerStart = innerStart;
        InnerEnd = innerEnd;
    }

    public int Start { get; }

    public int End { get; }

    public int InnerStart { get; }

    public int InnerEnd { get; }
}

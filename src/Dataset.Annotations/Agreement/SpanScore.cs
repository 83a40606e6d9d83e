namespace Dataset.Annotations.Agreement;

/// <summary>
/// How two annotators' spans of one kind compare: how many each marked, how many were matched (overlapping, one to
/// one), how many of those cover exactly the same characters, and the F1 of matched spans, 2·matched / (A + B),
/// which is the same whichever annotator is taken as the reference.
/// </summary>
public sealed record SpanScore(int A, int B, int Matched, int Exact)
{
    /// <summary>Null when neither annotator marked any span.</summary>
    public double? F1 => A + B == 0 ? null : 2.0 * Matched / (A + B);

    public static SpanScore operator +(SpanScore x, SpanScore y) => new(x.A + y.A, x.B + y.B, x.Matched + y.Matched, x.Exact + y.Exact);

    public static SpanScore Zero { get; } = new(0, 0, 0, 0);
}

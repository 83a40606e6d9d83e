namespace Dataset.Annotations.Text;

/// <summary>
/// A quoted passage from its opening mark (<see cref="Start"/>) to past its closing mark (<see cref="End"/>, or the
/// paragraph's end), with the quoted text inside: <c>[InnerStart, InnerEnd)</c>.
/// </summary>
internal readonly record struct Quote(int Start, int End, int InnerStart, int InnerEnd);

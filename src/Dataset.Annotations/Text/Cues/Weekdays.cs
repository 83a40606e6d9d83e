namespace Dataset.Annotations.Text.Cues;

/// <summary>The days of the week as news names them ("on Friday"), in the order of <see cref="System.DayOfWeek"/>.</summary>
internal static class Weekdays
{
    public static readonly string[] Names = { "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday" };

    private static readonly WordSet Set = new(Names);

    public static bool Is(string text, Token token) => char.IsUpper(text[token.Start]) && Set.Contains(text, token);
}

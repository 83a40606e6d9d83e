using Dataset.LanguageServer.Protocol;

namespace Dataset.LanguageServer.Tests;

/// <summary>Text edits applied as an editor applies them: from the last to the first, so earlier ranges stay true.</summary>
internal static class TextEdits
{
    public static string Apply(string text, TextEdit[] edits)
    {
        foreach (var edit in edits.OrderByDescending(e => e.Range.Start.Line).ThenByDescending(e => e.Range.Start.Character))
        {
            text = text[..Offset(text, edit.Range.Start)] + edit.NewText + text[Offset(text, edit.Range.End)..];
        }

        return text;
    }

    private static int Offset(string text, Position position)
    {
        var offset = 0;
        for (var line = 0; line < position.Line; line++)
        {
            offset = text.IndexOf('\n', offset) + 1;
        }

        return offset + position.Character;
    }
}

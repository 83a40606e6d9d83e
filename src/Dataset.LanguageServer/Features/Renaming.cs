using System.Text.RegularExpressions;
using Dataset.Annotations.Model;
using Dataset.Annotations.Parsing;
using Dataset.LanguageServer.Protocol;
using Dataset.LanguageServer.Workspace;

namespace Dataset.LanguageServer.Features;

/// <summary>
/// Rename an id: one workspace edit that changes its declaration and every reference in every file. The server
/// writes nothing itself; the editor applies the edit. C# that used the generated member by its old name fails to
/// build at each place, with the compiler's own error (docs/editors.md).
/// </summary>
internal static class Renaming
{
    private static readonly Regex IdPattern = new(FieldPatterns.Id, RegexOptions.CultureInvariant);

    public static PrepareRenameResult? Prepare(Snapshot snapshot, string path, Position position) =>
        Cursor.At(snapshot, path, position) is IdTarget id ? new PrepareRenameResult(Ranges.Of(id.Location), id.Key.Id) : null;

    /// <summary>The edit, or an error message when the new name is not an id or is taken.</summary>
    public static (WorkspaceEdit? Edit, string? Error) Rename(Snapshot snapshot, string path, Position position, string newName)
    {
        if (Cursor.At(snapshot, path, position) is not IdTarget id)
        {
            return (null, "Rename works on an id: a declaration or a reference to one.");
        }

        if (newName.Length > FieldPatterns.MaxIdLength || !IdPattern.IsMatch(newName))
        {
            return (null, $"'{newName}' is not a valid id; use lowercase kebab-case that starts with a letter, for example lloyd-austin");
        }

        if (newName != id.Key.Id && snapshot.Find(id.Key with { Id = newName }) is { } taken)
        {
            return (null, $"The {id.Key.Kind.Word()} id '{newName}' is already declared in {Path.GetFileName(taken.Path)}:{taken.Location.StartLine + 1}");
        }

        var places = snapshot.DeclarationsOf(id.Key).Select(d => (d.Path, d.Location))
            .Concat(snapshot.ReferencesOf(id.Key).Select(r => (r.Path, r.Location)));
        var changes = places
            .GroupBy(p => p.Path, StringComparer.Ordinal)
            .ToDictionary(
                g => WorkspacePaths.ToUri(g.Key),
                g => g.OrderBy(p => p.Location.Start).Select(p => new TextEdit(Ranges.Of(p.Location), newName)).ToArray());
        return (new WorkspaceEdit(changes), null);
    }
}

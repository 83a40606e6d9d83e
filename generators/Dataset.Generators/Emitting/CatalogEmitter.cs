using System.Linq;
using Dataset.Generators.Model;
using Dataset.Generators.Validation;

namespace Dataset.Generators.Emitting;

/// <summary>
/// Writes the dataset-wide source: the <c>Catalog</c> class (look-ups by id, every record in id order) and the
/// <c>All</c> property of each record class. Depends only on the ids, so editing a quote leaves it cached.
/// </summary>
internal static class CatalogEmitter
{
    public const string HintName = "Dataset.Catalog.g.cs";

    private static readonly (string Kind, string Class, string Type, string IdType, string Plural)[] Kinds =
    {
        (RecordKinds.Actor, "Actors", "Actor", "ActorId", "actors"),
        (RecordKinds.Statement, "Statements", "Statement", "StatementId", "statements"),
        (RecordKinds.Sanction, "Sanctions", "Sanction", "SanctionId", "sanctions"),
        (RecordKinds.Document, "Documents", "Document", "DocumentId", "documents"),
    };

    public static string Emit(Catalog catalog, string @namespace)
    {
        var ns = "global::" + @namespace;
        var writer = new CodeWriter("every annotation of the project");
        writer.Open("namespace " + @namespace);
        writer.Summary("Every record of the dataset, with look-ups by id and queries. Use <see cref=\"Instance\"/>.");
        writer.Line(CodeWriter.GeneratedCodeAttribute);
        writer.Open("public sealed class Catalog : global::Dataset.DatasetCatalog");
        writer.Summary("The dataset.");
        writer.Line($"public static readonly {ns}.Catalog Instance = new {ns}.Catalog();");
        writer.Line();
        writer.Line("private Catalog()");
        writer.Line("{");
        writer.Line("}");
        foreach (var (kind, @class, type, idType, plural) in Kinds)
        {
            var entries = catalog.Emitted(kind).ToList();
            writer.Line();
            writer.Line($"private global::Dataset.{type}[]? _{plural};");
            writer.Line();
            writer.Summary($"Every {kind}, in id order.");
            var items = entries.Count == 0 ? $"global::System.Array.Empty<global::Dataset.{type}>()" : $"new global::Dataset.{type}[] {{ {string.Join(", ", entries.Select(e => Member(ns, @class, e)))} }}";
            writer.Line($"public override global::System.Collections.Generic.IReadOnlyList<global::Dataset.{type}> {@class} => _{plural} ??= {items};");
            writer.Line();
            writer.Summary($"The {kind} with this id, or null.");
            writer.Line($"public override global::Dataset.{type}? Find{type}(global::Dataset.{idType} id)");
            writer.Line("{");
            writer.Line("    switch (id.Value)");
            writer.Line("    {");
            foreach (var entry in entries)
            {
                writer.Line($"        case {CSharpLiteral.String(entry.Id)}: return {Member(ns, @class, entry)};");
            }

            writer.Line("        default: return null;");
            writer.Line("    }");
            writer.Line("}");
        }

        writer.Close();
        foreach (var (kind, @class, type, _, _) in Kinds)
        {
            writer.Line();
            writer.Summary($"Every {kind} of the dataset, one property each, named after its id.");
            writer.Open($"public static partial class {@class}");
            writer.Summary($"Every {kind}, in id order.");
            writer.Line(CodeWriter.GeneratedCodeAttribute);
            writer.Line($"public static global::System.Collections.Generic.IReadOnlyList<global::Dataset.{type}> All => {ns}.Catalog.Instance.{@class};");
            writer.Close();
        }

        writer.Close();
        return writer.ToString();
    }

    private static string Member(string ns, string @class, CatalogEntry entry) => $"{ns}.{@class}.{SourceNames.Identifier(entry.Name)}";
}

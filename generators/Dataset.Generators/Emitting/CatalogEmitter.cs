using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;
using Dataset.Annotations.Collections;
using Dataset.Annotations.Diagnostics;
using Dataset.Annotations.Model;
using Dataset.Annotations.Shards;
using Dataset.Annotations.Validation;
using Dataset.Generators.Model;

namespace Dataset.Generators.Emitting;

/// <summary>
/// Writes the dataset-wide source: the <c>Catalog</c> class (look-ups by id, every record in id order) and the
/// <c>All</c> property of each record class. Depends only on the ids and the files declaring them, so editing a
/// quote leaves it cached. Its size must stay small per record: each kind's index is one UTF-8 literal (outside the
/// string heap, read on first look-up) and articles are reached by the name of their constant, because one switch or
/// array initializer with thousands of entries makes the compiler and the JIT slow far beyond their share. A project that references shards passes their
/// catalogs to its base class, whose look-ups and lists then include their records.
/// </summary>
internal static class CatalogEmitter
{
    public const string HintName = "Dataset.Catalog.g.cs";

    private static readonly (RecordKind Kind, string Class, string Type, string IdType, string Plural)[] Kinds =
    {
        (RecordKind.Actor, "Actors", "Actor", "ActorId", "Actors"),
        (RecordKind.Statement, "Statements", "Statement", "StatementId", "Statements"),
        (RecordKind.Sanction, "Sanctions", "Sanction", "SanctionId", "Sanctions"),
        (RecordKind.Document, "Documents", "Document", "DocumentId", "Documents"),
    };

    public static CatalogOutput Output(IdIndex ids, GeneratorSettings settings, CancellationToken cancellationToken = default)
    {
        var problems = new List<DiagnosticInfo>();
        if (settings.Problem is not null)
        {
            problems.Add(settings.Problem);
        }

        var shards = ids.Shards.Usable(settings.Namespace, problems);
        return new CatalogOutput(Emit(ids, settings, shards, cancellationToken), problems.ToEquatableArray());
    }

    private static string Emit(IdIndex ids, GeneratorSettings settings, IReadOnlyList<ShardManifest> shards, CancellationToken cancellationToken)
    {
        var @namespace = settings.Namespace;
        var utf8Literals = settings.Utf8Literals;
        var projectDirectory = settings.ProjectDirectory;
        var ns = "global::" + @namespace;
        var articles = ids.Entries.Where(e => e.Emitted).Select(e => e.FilePath).Distinct().OrderBy(p => p, System.StringComparer.Ordinal).ToList();
        var articleNumbers = articles.Select((path, number) => (path, number)).ToDictionary(x => x.path, x => x.number, System.StringComparer.Ordinal);

        var writer = new CodeWriter("every annotation of the project");
        writer.Open("namespace " + @namespace);
        writer.Summary("Every record of the dataset, with look-ups by id and queries. Use <see cref=\"Instance\"/>.");
        writer.Line(CodeWriter.GeneratedCodeAttribute);
        writer.Open("public sealed partial class Catalog : global::Dataset.DatasetCatalog");
        writer.Summary("The dataset.");
        writer.Line($"public static readonly {ns}.Catalog Instance = new {ns}.Catalog();");
        writer.Line();
        writer.Line("private Catalog()");
        if (shards.Count > 0)
        {
            writer.Line(
                "    : base(new global::Dataset.DatasetCatalog[] { "
                    + string.Join(", ", shards.Select(s => $"global::{s.Namespace}.Catalog.Instance"))
                    + " })");
        }

        writer.Line("{");
        writer.Line($"    _articles = new global::Dataset.ArticleConstants(this, typeof({ns}.Catalog), ArticleNames);");
        writer.Line("}");
        writer.Line();
        writer.Line("private readonly global::Dataset.ArticleConstants _articles;");
        writer.Line();
        // The constant each annotation's source adds to this class, in article number order.
        writer.Line("private const string ArticleNames = "
            + CSharpLiteral.String(string.Concat(articles.Select(path => GeneratedNames.DataConstantName(path, projectDirectory) + "\n"))) + ";");
        foreach (var (kind, @class, type, idType, plural) in Kinds)
        {
            var index = Index(ids, kind, articleNumbers, cancellationToken);
            writer.Line();
            writer.Line($"private global::Dataset.RecordIndex<global::Dataset.{type}>? _{kind.Word()}Index;");
            writer.Line();
            writer.Line(
                $"internal global::Dataset.RecordIndex<global::Dataset.{type}> {type}Index => _{kind.Word()}Index ??= new " +
                    $"global::Dataset.RecordIndex<global::Dataset.{type}>({type}Lines, Article, static article => article.{plural});");
            writer.Line();
            writer.Line($"private static global::System.ReadOnlySpan<byte> {type}Lines => {Utf8(index, utf8Literals)};");
            writer.Line();
            writer.Summary($"Every {kind.Word()}, in id order.");
            writer.Line(shards.Count > 0
                ? $"public override global::System.Collections.Generic.IReadOnlyList<global::Dataset.{type}> {@class} => IncludingShards({type}Index.All);"
                : $"public override global::System.Collections.Generic.IReadOnlyList<global::Dataset.{type}> {@class} => {type}Index.All;");
            writer.Line();
            writer.Summary($"The {kind.Word()} with this id, or null.");
            writer.Line(shards.Count > 0
                ? $"public override global::Dataset.{type}? Find{type}(global::Dataset.{idType} id) => id.Value is null ? null : {type}Index.Find(id.Value) " +
                    "?? FindInShards(id);"
                : $"public override global::Dataset.{type}? Find{type}(global::Dataset.{idType} id) => id.Value is null ? null : {type}Index.Find(id.Value);");
        }

        writer.Line();
        writer.Line("private global::Dataset.ArticleRecords Article(int number) => _articles.Article(number);");
        writer.Close();
        foreach (var (kind, @class, type, _, _) in Kinds)
        {
            writer.Line();
            writer.Summary($"Every {kind.Word()} of the dataset, one field each, named after its id.");
            writer.Line(CodeWriter.GeneratedCodeAttribute);
            writer.Open($"public static partial class {@class}");
            // Sets every record's field on first use of the class. Without nullable analysis: the fields, non-null
            // in the API, are set by the index, which the analysis cannot see.
            writer.Line(CodeWriter.NullableOff);
            writer.Line($"static {@class}() => {ns}.Catalog.Instance.{type}Index.Bind(typeof({ns}.{@class}));");
            writer.Line(CodeWriter.NullableRestore);
            writer.Line();
            writer.Summary($"Every {kind.Word()}, in id order.");
            writer.Line($"public static global::System.Collections.Generic.IReadOnlyList<global::Dataset.{type}> All => {ns}.Catalog.Instance.{@class};");
            writer.Close();
        }

        writer.Close();
        return writer.ToString();
    }

    /// <summary>
    /// "id TAB article TAB item TAB member" per emitted record of the kind, in id order; the item is its place in its
    /// file's list, the member its field.
    /// </summary>
    private static string Index(IdIndex ids, RecordKind kind, Dictionary<string, int> articleNumbers, CancellationToken cancellationToken)
    {
        var itemNumbers = ids.Entries.Where(e => e.Kind == kind && e.Emitted)
            .GroupBy(e => e.FilePath, System.StringComparer.Ordinal)
            .SelectMany(g => g.OrderBy(e => e.Order).Select((e, item) => (e.Id, item)))
            .ToDictionary(x => x.Id, x => x.item, System.StringComparer.Ordinal);
        var lines = new StringBuilder();
        foreach (var entry in ids.Entries.Where(e => e.Kind == kind && e.Emitted))
        {
            cancellationToken.ThrowIfCancellationRequested();
            lines.Append(entry.Id).Append('\t')
                .Append(articleNumbers[entry.FilePath].ToString(CultureInfo.InvariantCulture)).Append('\t')
                .Append(itemNumbers[entry.Id].ToString(CultureInfo.InvariantCulture)).Append('\t')
                // The field's name in metadata: a keyword's '@' is C# syntax, not part of the name.
                .Append(GeneratedNames.Member(entry.Id).TrimStart('@')).Append('\n');
        }

        return lines.ToString();
    }

    /// <summary>A UTF-8 literal (C# 11) lives outside the 16 MB user-string heap; older language versions get the bytes at run time.</summary>
    private static string Utf8(string text, bool utf8Literals) =>
        RecordDataLiteral.Of(text, utf8Literals) is var literal && literal.EndsWith("u8", System.StringComparison.Ordinal)
            ? literal
            : $"global::System.Text.Encoding.UTF8.GetBytes({literal})";
}

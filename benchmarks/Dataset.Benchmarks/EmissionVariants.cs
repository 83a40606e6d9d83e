using System.Text;
using System.Text.RegularExpressions;

namespace Dataset.Benchmarks;

/// <summary>One generated source: its file name and text.</summary>
public sealed record SourceFile(string Name, string Text);

/// <summary>
/// A rewrite of the generated sources that takes one part of them away (or replaces them with a hand-written floor),
/// so that compiling it shows what that part costs. <paramref name="Documented"/> compiles with
/// <c>GenerateDocumentationFile</c> (<c>csc /doc</c>), as a library that ships its docs does. An <paramref name="Extra"/>
/// variant (a shape tried and not taken) runs only when named with --variants. <paramref name="Quiet"/> sets analyzer
/// diagnostics of the generated sources to none, as the generator's build targets do (DatasetQuietGeneratedCode).
/// </summary>
public sealed record EmissionVariant(
    string Key,
    string Description,
    Func<IReadOnlyList<SourceFile>, IReadOnlyList<SourceFile>> Rewrite,
    bool Documented = false,
    bool Extra = false,
    bool Quiet = false);

/// <summary>
/// The variants of <see cref="EmissionCostBenchmark"/>. The rewrites are textual and rely on the generator's regular
/// layout (one member per line, four spaces per level); each checks that it changed something.
/// </summary>
public static class EmissionVariants
{
    private const string CatalogFile = "Dataset.Catalog.g.cs";

    private static readonly string[] Kinds = ["Documents", "Actors", "Statements", "Sanctions"];

    // Declared before All, which uses them as it is initialised.
    private static readonly Regex NullableDirective = new("^#nullable .*$", RegexOptions.Multiline);

    private static readonly Regex DocLine = new(@"^ *///.*\n", RegexOptions.Multiline);

    // A file's records: a private string constant in its part of the catalog class.
    private static readonly Regex DataConstant = new(
        "    partial class Catalog\n    \\{\n        private const string (Annotation\\w+) = (\".*\");\n    \\}\n", RegexOptions.None);

    private static readonly Regex DataValue = new("(private const string Annotation\\w+ = )\".*\";", RegexOptions.None);

    private static readonly Regex IndexLiteral = new("(Lines => )\".*\"u8;", RegexOptions.None);

    private static readonly Regex ArticleNames = new("(private const string ArticleNames = )\".*\";", RegexOptions.None);

    private static readonly Regex FieldName = new(@"public static readonly global::Dataset\.(\w+) (\w+);", RegexOptions.None);

    private static readonly Regex KindClass = new(@"^    public static partial class (Documents|Actors|Statements|Sanctions)$", RegexOptions.None);

    private static readonly Regex BindingConstructor = new(@"\n *#nullable disable\n +static \w+\(\) => .*\n *#nullable restore\n", RegexOptions.None);

    public static IReadOnlyList<EmissionVariant> All { get; } =
    [
        new("none", "no generated source (the baseline)", _ => []),
        new("generated", "as generated", sources => sources),
        new(
            "properties",
            "a property per record reading its file's holder class (`=> H.Instance.StatementItems[3]`), the shape before the fields",
            Properties),
        new("no-docs", "without `///` docs", sources => Each(sources, StripDocs)),
        new("nullable-enable", "`#nullable enable`", sources => Nullable(sources, "enable"), Extra: true),
        new("nullable-disable", "`#nullable disable`", sources => Nullable(sources, "disable")),
        new("merged-partials", "record fields in one class per kind instead of one part per file", MergePartials),
        new("empty-data", "the files' data constants empty", sources => Each(sources, text => DataValue.Replace(text, "$1\"\";"))),
        new(
            "no-catalog-index",
            "catalog without its id index and article names",
            sources => sources.Select(s => s.Name == CatalogFile ? s with { Text = EmptyCatalog(s.Text) } : s).ToList()),
        new(
            "floor-fields",
            "floor: the same members hand-written as `public static readonly T Name;`, one class per kind, no docs",
            sources => Floor(sources, FloorMember.Field)),
        new(
            "floor-properties",
            "floor: the same members hand-written as `public static T Name => null!;`, one class per kind, no docs",
            sources => Floor(sources, FloorMember.Property)),
        new(
            "floor-initialized-fields",
            "floor: the same members hand-written as `public static readonly T Name = null!;`, one class per kind, no docs",
            sources => Floor(sources, FloorMember.InitializedField),
            Extra: true),
        new("floor-enum", "floor: the same names as enum members, one enum per kind", sources => Floor(sources, FloorMember.EnumMember)),
        new("quiet", "as generated, analyzers off for the generated sources (as the package's targets set them)", sources => sources, Quiet: true),
        new("properties-quiet", "the properties of before, analyzers off for them", Properties, Quiet: true),
        new("none", "no generated source (the baseline)", _ => [], Documented: true),
        new("generated", "as generated", sources => sources, Documented: true),
        new("no-docs", "without `///` docs", sources => Each(sources, StripDocs), Documented: true),
    ];

    private static string StripDocs(string text) => DocLine.Replace(text, string.Empty);

    private static List<SourceFile> Each(IReadOnlyList<SourceFile> sources, Func<string, string> rewrite)
    {
        var rewritten = sources.Select(s => s with { Text = rewrite(s.Text) }).ToList();
        return rewritten.SequenceEqual(sources) ? throw new InvalidOperationException("The rewrite changed nothing.") : rewritten;
    }

    /// <summary>Every file's nullable context set to <paramref name="context"/> (which may be what the generator writes).</summary>
    private static List<SourceFile> Nullable(IReadOnlyList<SourceFile> sources, string context) =>
        sources.Select(s => s with { Text = NullableDirective.Replace(s.Text, "#nullable " + context) }).ToList();

    /// <summary>Moves every per-file part of Documents, Actors, … into one part per kind; holders and the catalog stay.</summary>
    private static List<SourceFile> MergePartials(IReadOnlyList<SourceFile> sources)
    {
        var members = Kinds.ToDictionary(k => k, _ => new StringBuilder());
        var rest = new List<SourceFile>();
        foreach (var source in sources.Where(s => s.Name != CatalogFile))
        {
            rest.Add(source with { Text = TakeParts(source.Text, members) });
        }

        var merged = new StringBuilder(NullableDirective.Match(sources[0].Text).Value).Append("\n\nnamespace ").Append(Namespace(sources)).Append("\n{\n");
        foreach (var kind in Kinds)
        {
            merged.Append("    public static partial class ").Append(kind).Append("\n    {\n").Append(members[kind]).Append("    }\n");
        }

        return [.. rest, new SourceFile("Members.g.cs", merged.Append("}\n").ToString()), .. sources.Where(s => s.Name == CatalogFile)];
    }

    /// <summary>The file without its `public static partial class Kind { … }` parts, whose bodies go to <paramref name="members"/>.</summary>
    private static string TakeParts(string text, Dictionary<string, StringBuilder> members)
    {
        var kept = new StringBuilder();
        StringBuilder? into = null;
        foreach (var line in text.Split('\n'))
        {
            if (into is null && line.StartsWith("    public static partial class ", StringComparison.Ordinal))
            {
                into = members[line["    public static partial class ".Length..]];
                continue;
            }

            if (into is not null)
            {
                if (line == "    }")
                {
                    into = null;
                }
                else if (line != "    {")
                {
                    into.Append(line).Append('\n');
                }

                continue;
            }

            kept.Append(line).Append('\n');
        }

        return kept.ToString();
    }

    /// <summary>The catalog with empty id indexes and no article names.</summary>
    private static string EmptyCatalog(string text) => ArticleNames.Replace(IndexLiteral.Replace(text, "$1\"\"u8;"), "$1\"\";");

    /// <summary>Hand-written members with the generated names: the least a compiler can do for one member per record.</summary>
    private static List<SourceFile> Floor(IReadOnlyList<SourceFile> sources, FloorMember member)
    {
        var byKind = sources.SelectMany(s => FieldName.Matches(s.Text)).GroupBy(m => m.Groups[1].Value, m => m.Groups[2].Value);
        var text = new StringBuilder("#nullable enable\n#pragma warning disable CS8618\n\nnamespace ").Append(Namespace(sources)).Append("\n{\n");
        foreach (var kind in byKind)
        {
            text.Append(member == FloorMember.EnumMember ? $"    public enum {kind.Key}Names\n    {{\n" : $"    public static class {kind.Key}s\n    {{\n");
            foreach (var name in kind)
            {
                text.Append(member switch
                {
                    FloorMember.EnumMember => $"        {name},\n",
                    FloorMember.Property => $"        public static global::Dataset.{kind.Key} {name} => null!;\n",
                    FloorMember.InitializedField => $"        public static readonly global::Dataset.{kind.Key} {name} = null!;\n",
                    _ => $"        public static readonly global::Dataset.{kind.Key} {name};\n",
                });
            }

            text.Append("    }\n");
        }

        return [new SourceFile("Floor.g.cs", text.Append("}\n").ToString())];
    }

    /// <summary>
    /// The shape before the fields and constants: each file's records in a holder class built on its first use, and
    /// each record a property whose body reads its holder's array of its kind, by the record's place in the file.
    /// </summary>
    private static List<SourceFile> Properties(IReadOnlyList<SourceFile> sources) =>
        Each(sources, text =>
        {
            var data = DataConstant.Match(text);
            if (!data.Success)
            {
                return BindingConstructor.Replace(text, "\n");
            }

            var ns = "global::" + Namespace([new SourceFile(string.Empty, text)]);
            var holder = data.Groups[1].Value;
            var lines = DataConstant.Replace(text, _ => HolderClass(ns, holder, data.Groups[2].Value)).Split('\n');
            string? kind = null;
            var item = 0;
            for (var i = 0; i < lines.Length; i++)
            {
                if (KindClass.Match(lines[i]) is { Success: true } opened)
                {
                    (kind, item) = (opened.Groups[1].Value[..^1], 0);
                }
                else if (kind is not null && FieldName.Match(lines[i]) is { Success: true } field)
                {
                    var indent = lines[i][..lines[i].IndexOf('p', StringComparison.Ordinal)];
                    lines[i] = $"{indent}public static global::Dataset.{field.Groups[1].Value} {field.Groups[2].Value}\n#nullable disable\n"
                        + $"{indent}    => {ns}.{holder}.Instance.{kind}Items[{item++}];\n#nullable restore";
                }
            }

            return string.Join('\n', lines);
        });

    /// <summary>A file's holder class as the generator wrote it before the constants.</summary>
    private static string HolderClass(string ns, string holder, string literal) =>
        "#nullable disable\n"
        + "    [global::System.CodeDom.Compiler.GeneratedCode(\"Dataset.Generators\", \"0.1.0\")]\n"
        + "    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]\n"
        + $"    internal sealed class {holder} : global::Dataset.ArticleRecords\n    {{\n"
        + $"        internal static readonly {ns}.{holder} Instance = new {ns}.{holder}();\n\n"
        + $"        private {holder}()\n            : base({ns}.Catalog.Instance, {literal})\n        {{\n        }}\n    }}\n";

    private static string Namespace(IReadOnlyList<SourceFile> sources) =>
        Regex.Match(sources[0].Text, @"^namespace ([\w.]+)", RegexOptions.Multiline).Groups[1].Value;

    private enum FloorMember
    {
        Field,
        Property,
        InitializedField,
        EnumMember,
    }
}

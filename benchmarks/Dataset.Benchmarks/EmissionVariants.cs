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


    // The data: a UTF-8 literal property, or a string literal passed by the holder's constructor.
    private static readonly Regex DataLiteral = new("(Data => |Catalog\\.Instance, )\".*\"", RegexOptions.None);

    private static readonly Regex Utf8Data = new("private static global::System.ReadOnlySpan<byte> Data => (\".*\")u8;", RegexOptions.None);

    private static readonly Regex StringData = new("(Catalog\\.Instance, )(\".*\")\\)\n( +)\\{\n +\\}", RegexOptions.None);

    private static readonly Regex HolderAttributes = new(
        @"^    \[global::System\.(CodeDom|ComponentModel)\..*\n(?=(    \[.*\n)*    internal sealed class)", RegexOptions.Multiline);

    private static readonly Regex HolderDeclaration = new(@"internal sealed class (Annotation\w+) : global::Dataset\.ArticleRecords", RegexOptions.None);

    private static readonly Regex HolderInstance = new(
        @"internal static readonly global::([\w.]+)\.Annotation\w+ Instance = new global::[\w.]+\(\);", RegexOptions.None);

    private static readonly Regex HolderConstructor = new(@"\n +private Annotation\w+\(\)\n +: base\(.*\)\n +\{\n +\}\n", RegexOptions.None);

    private static readonly Regex IndexLiteral = new("(Lines => )\".*\"u8;", RegexOptions.None);

    private static readonly Regex FieldName = new(@"public static readonly global::Dataset\.(\w+) (\w+);", RegexOptions.None);

    private static readonly Regex KindClass = new(@"^    public static partial class (Documents|Actors|Statements|Sanctions)$", RegexOptions.None);

    private static readonly Regex BindingConstructor = new(@"\n *#nullable disable\n +static \w+\(\) => .*\n *#nullable restore\n", RegexOptions.None);

    public static IReadOnlyList<EmissionVariant> All { get; } =
    [
        new("none", "no generated source (the baseline)", _ => []),
        new("generated", "as generated", sources => sources),
        new(
            "properties",
            "a property per record reading its holder's array (`=> H.Instance.StatementItems[3]`), the shape before the fields",
            Properties),
        new("no-docs", "without `///` docs", sources => Each(sources, StripDocs)),
        new("nullable-enable", "`#nullable enable`", sources => Nullable(sources, "enable"), Extra: true),
        new("nullable-disable", "`#nullable disable`", sources => Nullable(sources, "disable")),
        new("merged-partials", "record fields in one class per kind instead of one part per file", MergePartials),
        new("no-holders", "no holder classes (the catalog reads no article)", RemoveHolders),
        new("empty-data", "holders' data literals empty", sources => Each(sources, text => DataLiteral.Replace(text, "$1\"\""))),
        new("data-other-form", "holders' data in the other literal form (`u8` ⇄ a string in the constructor)", sources => Each(sources, OtherDataForm)),
        new(
            "holders-no-attributes",
            "holders without `[GeneratedCode]` and `[EditorBrowsable]`",
            sources => Each(sources, text => HolderAttributes.Replace(text, string.Empty)),
            Extra: true),
        new("static-holders", "holders as static classes holding one instance of a single shared `ArticleRecords` class", StaticHolders, Extra: true),
        new(
            "no-catalog-index",
            "catalog without its id index and article switch",
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
        new(
            "data-constant",
            "holders' string data as a private constant field, as before it moved to the constructor",
            sources => Each(sources, DataAsConstant),
            Extra: true),
        new("quiet", "as generated, analyzers off for the generated sources (as the package's targets set them)", sources => sources, Quiet: true),
        new("properties-quiet", "the properties of before, analyzers off for them", Properties, Quiet: true),
        new("none", "no generated source (the baseline)", _ => [], Documented: true),
        new("generated", "as generated", sources => sources, Documented: true),
        new("no-docs", "without `///` docs", sources => Each(sources, StripDocs), Documented: true),
    ];

    private static string DataAsConstant(string text) =>
        StringData.Replace(text, "$1Data)\n$3{\n$3}\n\n$3private const string Data = $2;");

    private static string OtherDataForm(string text) => Utf8Data.IsMatch(text)
        ? Utf8Data.Replace(text, "private const string Data = $1;")
        : StringData.Replace(text, "$1Data)\n$3{\n$3}\n\n$3private static global::System.ReadOnlySpan<byte> Data => $2u8;");

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

    private static List<SourceFile> RemoveHolders(IReadOnlyList<SourceFile> sources) =>
        sources.Select(s => s.Name == CatalogFile
                ? s with { Text = EmptyCatalog(s.Text) }
                : s with { Text = WithoutHolder(s.Text) })
            .ToList();

    /// <summary>The file without its holder class (the last class, from its doc comment to the namespace's end).</summary>
    private static string WithoutHolder(string text)
    {
        var start = text.IndexOf("    /// <summary>The records of ", StringComparison.Ordinal);
        return start < 0 ? text : text[..start] + "}\n";
    }

    /// <summary>Each holder a static class whose one field is an instance of one shared class.</summary>
    private static List<SourceFile> StaticHolders(IReadOnlyList<SourceFile> sources)
    {
        // The constructor goes, so a string passed by it becomes a constant field first.
        var rewritten = Each(sources, text => HolderConstructor.Replace(
            HolderInstance.Replace(
                HolderDeclaration.Replace(DataAsConstant(text), "internal static class $1"),
                "internal static readonly global::Dataset.ArticleRecords Instance = new global::$1.FileRecords(global::$1.Catalog.Instance, Data);"),
            "\n"));
        // Both data forms: string constants, or UTF-8 literals past the budget.
        var shared = $"namespace {Namespace(sources)}\n{{\n    internal sealed class FileRecords : global::Dataset.ArticleRecords\n    {{\n"
            + "        public FileRecords(global::Dataset.DatasetCatalog catalog, global::System.ReadOnlySpan<byte> data)\n            : base(catalog, " +
                "data)\n        {\n        }\n\n"
            + "        public FileRecords(global::Dataset.DatasetCatalog catalog, string data)\n            : base(catalog, data)\n        {\n        }\n    " +
                "}\n}\n";
        return [.. rewritten, new SourceFile("FileRecords.g.cs", shared)];
    }

    /// <summary>The catalog with empty id indexes and an article look-up that reads no holder.</summary>
    private static string EmptyCatalog(string text)
    {
        var lines = text.Split('\n').ToList();
        var first = lines.FindIndex(l => l.Contains("ArticleRecords Article(int number)", StringComparison.Ordinal));
        var last = lines.FindLastIndex(l => l == "        };");
        if (first < 0 || last < first)
        {
            throw new InvalidOperationException("The catalog's article switch was not found.");
        }

        lines.RemoveRange(first, last - first + 1);
        lines.Insert(
            first,
            "        private static global::Dataset.ArticleRecords Article(int number) => "
            + "throw new global::System.ArgumentOutOfRangeException(nameof(number));");
        return IndexLiteral.Replace(string.Join('\n', lines), "$1\"\"u8;");
    }

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
    /// The shape before the fields: each record a property whose body reads its file's holder (the array field of its
    /// kind, by the record's place in the file), and no static constructors setting fields.
    /// </summary>
    private static List<SourceFile> Properties(IReadOnlyList<SourceFile> sources) =>
        Each(sources, text =>
        {
            var holder = HolderDeclaration.Match(text);
            if (!holder.Success)
            {
                return BindingConstructor.Replace(text, "\n");
            }

            var qualified = "global::" + Namespace([new SourceFile(string.Empty, text)]) + "." + holder.Groups[1].Value;
            var lines = text.Split('\n');
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
                        + $"{indent}    => {qualified}.Instance.{kind}Items[{item++}];\n#nullable restore";
                }
            }

            return string.Join('\n', lines);
        });

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

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

    private static readonly Regex HolderType = new(@"(=> global::[\w.]+\.)(Annotation_\w+)\.Instance\.", RegexOptions.None);

    private static readonly Regex PropertyBody = new(@"^( +)(public static global::Dataset\.\w+ \w+) (=> .*;)$", RegexOptions.Multiline);

    private static readonly Regex HolderStart = new(@"^    /// <summary>The records of ", RegexOptions.Multiline);

    private static readonly Regex DocLine = new(@"^ *///.*\n", RegexOptions.Multiline);

    private static readonly Regex ItemsField = new(@"\.Instance\.(Document|Actor|Statement|Sanction)Items\[", RegexOptions.None);

    private static readonly Regex HolderBody = new(@"=> global::[\w.]+\.Annotation_\w+\.Instance\.\w+\[\d+\];", RegexOptions.None);

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

    private static readonly Regex FloorProperty = new(@"public static global::Dataset\.(\w+) (\w+) => null!;", RegexOptions.None);

    private static readonly Regex GeneratedProperty = new(
        @"(public static )(global::Dataset\.\w+ \w+)\n *#nullable disable\n +=> .*;\n *#nullable restore", RegexOptions.None);

    private static readonly Regex PropertyName = new(@"public static global::Dataset\.(\w+) (\w+)( =>|\n)", RegexOptions.None);

    public static IReadOnlyList<EmissionVariant> All { get; } =
    [
        new("none", "no generated source (the baseline)", _ => []),
        new("generated", "as generated", sources => sources),
        new("no-docs", "without `///` docs", sources => Each(sources, StripDocs)),
        new("nullable-enable", "`#nullable enable`", sources => Nullable(sources, "enable"), Extra: true),
        new("nullable-annotations", "`#nullable enable annotations`", sources => Nullable(sources, "enable annotations"), Extra: true),
        new("nullable-disable", "`#nullable disable`", sources => Nullable(sources, "disable")),
        new(
            "nullable-disabled-bodies",
            "`#nullable disable` around record properties' bodies and the holder classes",
            sources => Each(sources, DisableNullableInBodies),
            Extra: true),
        new("merged-partials", "record properties in one class per kind instead of one part per file", MergePartials),
        new("null-bodies", "record properties return `null!` instead of reading the holder", sources => Each(sources, NullBodies)),
        new("one-holder-referenced", "record properties all read the same holder (as many members, one holder type referenced)", OneHolder, Extra: true),
        new("no-holders", "no holder classes (properties return `null!`, the catalog reads no article)", RemoveHolders),
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
            "floor-properties",
            "floor: the same members hand-written as `public static T Name => null!;`, one class per kind, no docs",
            sources => Floor(sources, enumMembers: false)),
        new("floor-enum", "floor: the same names as enum members, one enum per kind", sources => Floor(sources, enumMembers: true)),
        new(
            "floor-fields",
            "floor: the same members hand-written as `public static readonly T Name = null!;`, one class per kind, no docs",
            FloorFields,
            Extra: true),
        new(
            "floor-bare-fields",
            "floor: the same members hand-written as `public static readonly T Name;`, no initializer, one class per kind, no docs",
            FloorBareFields,
            Extra: true),
        new(
            "reflected-fields",
            "record members as `static readonly` fields without initializers, which a static constructor per kind would set",
            ReflectedFields,
            Extra: true),
        new(
            "fields-no-docs",
            "as `reflected-fields`, without `///` docs",
            sources => Each(ReflectedFields(sources), StripDocs),
            Extra: true),
        new(
            "fields-empty-data",
            "as `reflected-fields`, holders' data literals empty",
            sources => Each(ReflectedFields(sources), text => DataLiteral.Replace(text, "$1\"\"")),
            Extra: true),
        new(
            "fields-no-holders",
            "as `reflected-fields`, without holder classes, the catalog reading no article",
            sources => ReflectedFields(sources)
                .Select(s => s.Name == CatalogFile ? s with { Text = EmptyCatalog(s.Text) } : s with { Text = WithoutHolder(s.Text) })
                .ToList(),
            Extra: true),
        new(
            "fields-merged",
            "as `reflected-fields`, in one class per kind",
            sources => MergePartials(ReflectedFields(sources)),
            Extra: true),
        new(
            "simple-name-bodies",
            "record properties read the holder by its simple name (`Annotation_x.Instance.Statements[3]`, no `global::` namespace)",
            sources => Each(sources, text => HolderType.Replace(text, "=> $2.Instance.")),
            Extra: true),
        new(
            "list-bodies",
            "record properties index the holder's list through its interface (`….Instance.Statements[3]`), as before the array fields",
            sources => Each(sources, text => ItemsField.Replace(text, ".Instance.$1s[")),
            Extra: true),
        new(
            "data-constant",
            "holders' string data as a private constant field, as before it moved to the constructor",
            sources => Each(sources, DataAsConstant),
            Extra: true),
        new("quiet", "as generated, analyzers off for the generated sources (as the package's targets set them)", sources => sources, Quiet: true),
        new("floor-properties-quiet", "floor properties, analyzers off for them", sources => Floor(sources, enumMembers: false), Quiet: true),
        new("none", "no generated source (the baseline)", _ => [], Documented: true),
        new("generated", "as generated", sources => sources, Documented: true),
        new("no-docs", "without `///` docs", sources => Each(sources, StripDocs), Documented: true),
    ];

    private static string DataAsConstant(string text) =>
        StringData.Replace(text, "$1Data)\n$3{\n$3}\n\n$3private const string Data = $2;");

    private static string OtherDataForm(string text) => Utf8Data.IsMatch(text)
        ? Utf8Data.Replace(text, "private const string Data = $1;")
        : StringData.Replace(text, "$1Data)\n$3{\n$3}\n\n$3private static global::System.ReadOnlySpan<byte> Data => $2u8;");

    /// <summary>Signatures stay in the file's nullable context; bodies and holders are compiled without analysis.</summary>
    private static string DisableNullableInBodies(string text) =>
        HolderStart.Replace(PropertyBody.Replace(text, "$1$2\n#nullable disable\n$1    $3\n#nullable restore"), "#nullable disable\n$0");

    private static string StripDocs(string text) => DocLine.Replace(text, string.Empty);

    private static string NullBodies(string text) => HolderBody.Replace(text, "=> null!;");

    /// <summary>Every record property reads the first holder (the same members, one holder type referenced).</summary>
    private static List<SourceFile> OneHolder(IReadOnlyList<SourceFile> sources)
    {
        var first = HolderType.Match(sources.First(s => HolderType.IsMatch(s.Text)).Text).Groups[2].Value;
        return Each(sources, text => HolderType.Replace(text, "$1" + first + ".Instance."));
    }

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
                : s with { Text = NullBodies(WithoutHolder(s.Text)) })
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
    private static List<SourceFile> Floor(IReadOnlyList<SourceFile> sources, bool enumMembers)
    {
        var byKind = sources.SelectMany(s => PropertyName.Matches(s.Text)).GroupBy(m => m.Groups[1].Value, m => m.Groups[2].Value);
        var text = new StringBuilder("#nullable enable\n\nnamespace ").Append(Namespace(sources)).Append("\n{\n");
        foreach (var kind in byKind)
        {
            text.Append(enumMembers ? $"    public enum {kind.Key}Names\n    {{\n" : $"    public static class {kind.Key}s\n    {{\n");
            foreach (var name in kind)
            {
                text.Append(enumMembers ? $"        {name},\n" : $"        public static global::Dataset.{kind.Key} {name} => null!;\n");
            }

            text.Append("    }\n");
        }

        return [new SourceFile("Floor.g.cs", text.Append("}\n").ToString())];
    }

    /// <summary>The floor members as static fields, which need no accessor but are all initialised with their class.</summary>
    private static List<SourceFile> FloorFields(IReadOnlyList<SourceFile> sources) =>
        Floor(sources, enumMembers: false)
            .Select(s => s with { Text = FloorProperty.Replace(s.Text, "public static readonly global::Dataset.$1 $2 = null!;") })
            .ToList();

    /// <summary>The floor members as static fields without initializers (set at run time, not compiled).</summary>
    private static List<SourceFile> FloorBareFields(IReadOnlyList<SourceFile> sources) =>
        Floor(sources, enumMembers: false)
            .Select(s => s with { Text = "#pragma warning disable CS8618\n" + FloorProperty.Replace(s.Text, "public static readonly global::Dataset.$1 $2;") })
            .ToList();

    /// <summary>
    /// Every record property as a field without an initializer, and a static constructor per kind calling one method
    /// (which would set the fields from the holders by reflection): the generated members without their bodies.
    /// </summary>
    private static IReadOnlyList<SourceFile> ReflectedFields(IReadOnlyList<SourceFile> sources)
    {
        var fields = Each(sources, text => GeneratedProperty.Replace(text, "$1readonly $2;"));
        fields = fields.Select(s => s with { Text = "#pragma warning disable CS8618\n" + s.Text }).ToList();
        var binders = new StringBuilder("namespace ").Append(Namespace(sources)).Append("\n{\n");
        foreach (var kind in Kinds)
        {
            binders.Append("    public static partial class " + kind + "\n    {\n        static " + kind + "() => global::System.GC.KeepAlive(typeof(" + kind + "));\n    }\n");
        }

        return [.. fields, new SourceFile("Binders.g.cs", binders.Append("}\n").ToString())];
    }

    private static string Namespace(IReadOnlyList<SourceFile> sources) =>
        Regex.Match(sources[0].Text, @"^namespace ([\w.]+)", RegexOptions.Multiline).Groups[1].Value;
}

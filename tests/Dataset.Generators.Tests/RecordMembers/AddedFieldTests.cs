using System.Reflection;
using System.Runtime.Loader;
using Dataset.RecordMembers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Dataset.Generators.Tests.RecordMembers;

/// <summary>
/// A field is declared once: the runtime library's own sources, with one property added to <c>Statement.cs</c> and
/// nothing else changed, compile to a statement whose constructor takes the field and whose equality, hashing and
/// printing include it (docs/adding-a-field.md).
/// </summary>
public class AddedFieldTests
{
    private const string Added = """
            /// <summary>A note on the statement.</summary>
            [Field(Optional = true)]
            public partial string? Note { get; init; }

            /// <summary>Where the record was declared
        """;

    private const string Probe = """
        namespace Dataset;

        public static class Probe
        {
            public static string Run()
            {
                var catalog = new RecordDataCatalog(new string[0]);
                var evidence = new Evidence(new DocumentId("doc"), "words", "", "", 0, 5, 1, 1);
                var one = new Statement(
                    catalog, new StatementId("s"), new ActorId("a"), null, [], SpeechAct.Claim, StatementForm.Direct, null, null, evidence, null, note: "one");
                var two = one with { Note = "two" };
                var again = two with { Note = "one" };
                return $"{one.Equals(two)} {one.Equals(again)} {one.GetHashCode() == again.GetHashCode()} {one}";
            }
        }
        """;

    [Fact]
    public void A_property_added_to_a_record_alone_is_in_its_constructor_equality_hashing_and_printing()
    {
        var sources = RuntimeSources()
            .Select(f => f.Path.EndsWith("/Statement.cs", StringComparison.Ordinal) ? f with { Text = AddNote(f.Text) } : f)
            .Append(("Probe.cs", Probe));

        var result = Run(sources);

        Assert.Equal(
            "False True True Statement { Id = s, SpeakerId = a, ViaId = null, AudienceIds = [], Act = Claim, Form = Direct, SaidOn = null, Summary = null, "
            + "Evidence = Evidence { Document = doc, Exact = words, Prefix = , Suffix = , Start = 0, End = 5, StartLine = 1, EndLine = 1 }, RespondsToId = " +
                "null, RestatesId = null, SameAsIds = [], DistinctFromIds = [], Note = one }",
            result);
    }

    private static string AddNote(string statement)
    {
        const string Source = "    /// <summary>Where the record was declared";
        Assert.Equal(2, statement.Split(Source).Length);
        return statement.Replace(Source, Added, StringComparison.Ordinal);
    }

    /// <summary>The runtime library's sources as its project compiles them, with its implicit usings.</summary>
    private static IEnumerable<(string Path, string Text)> RuntimeSources()
    {
        var runtime = Path.Combine(RepositoryPaths.Root, "src", "Dataset");
        var files = Directory.GetFiles(runtime, "*.cs", SearchOption.AllDirectories)
            .Where(
                f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                    && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Concat(new[] { "RecordDataFraming.cs", "EventGrouping.cs" }.Select(f => Path.Combine(RepositoryPaths.Root, "src", "Common", f)));
        return files.Order(StringComparer.Ordinal)
            .Select(f => (Path: f.Replace('\\', '/'), Text: File.ReadAllText(f)))
            .Append(
                ("GlobalUsings.cs", "global using System;\nglobal using System.Collections.Generic;\nglobal using System.IO;\nglobal using " +
                    "System.Linq;\nglobal using System.Threading;\nglobal using System.Threading.Tasks;\n"));
    }

    /// <summary>Runs the record generator, compiles with no diagnostic, and returns what <c>Probe.Run</c> says.</summary>
    private static string Run(IEnumerable<(string Path, string Text)> sources)
    {
        var options = new CSharpParseOptions(LanguageVersion.Latest);
        var compilation = CSharpCompilation.Create(
            "Dataset",
            sources.Select(s => CSharpSyntaxTree.ParseText(s.Text, options, s.Path)),
            Basic.Reference.Assemblies.Net80.References.All,
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, generalDiagnosticOption: ReportDiagnostic.Error));
        CSharpGeneratorDriver.Create([new RecordMembersGenerator().AsSourceGenerator()], parseOptions: options)
            .RunGeneratorsAndUpdateCompilation(compilation, out var generated, out var generatorProblems);
        Assert.Empty(generatorProblems);
        using var image = new MemoryStream();
        var emitted = generated.Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        var context = new AssemblyLoadContext("added-field", isCollectible: true);
        try
        {
            var assembly = context.LoadFromStream(new MemoryStream(image.ToArray()));
            return (string)assembly.GetType(
                "Dataset.Probe", throwOnError: true)!.GetMethod("Run", BindingFlags.Public | BindingFlags.Static)!.Invoke(null, null)!;
        }
        finally
        {
            context.Unload();
        }
    }
}

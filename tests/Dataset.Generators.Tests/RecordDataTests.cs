using System.Reflection;
using System.Runtime.Loader;
using Dataset.Generators.Emitting;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Dataset.Generators.Tests;

/// <summary>Records travel as compact data in a literal; any string must come back exactly, in every language version.</summary>
public class RecordDataTests
{
    private const string Hostile = "Quote \\\" back\\\\slash 3:colon ~tilde \\n newline \\t tab é “curly” 😀 \\u202E bidi";

    [Theory]
    [InlineData(LanguageVersion.CSharp12)]
    [InlineData(LanguageVersion.CSharp10)]
    public void Any_string_round_trips_through_the_generated_data(LanguageVersion version)
    {
        var annotation = Yaml.Valid.Replace("name: Lloyd Austin", $"name: \"{Hostile}\"", StringComparison.Ordinal)
            .Replace("kind: person", $"kind: person\n    aliases: [\"{Hostile}\", \"\", \"~\"]", StringComparison.Ordinal);
        var run = GeneratorHarness.Run(Yaml.Files(annotation), csharp: null, languageVersion: version);
        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems);
        // A private string constant of the catalog, which reference assemblies leave out, in every language version.
        Assert.Contains(run.Sources.Values, s => s.Contains("private const string Annotation_", StringComparison.Ordinal));

        var catalog = Load(run.Compilation);

        var austin = catalog.GetActor(new ActorId("lloyd-austin"));
        var expected = "Quote \" back\\slash 3:colon ~tilde \n newline \t tab é “curly” 😀 \u202E bidi";
        Assert.Equal(expected, austin.Name);
        Assert.Equal([expected, "", "~"], austin.Aliases);
        Assert.Equal("US Defense Secretary", Assert.Single(austin.Roles).Title);
        Assert.Equal(new ActorId("united-states"), austin.Roles[0].OfId);
        var statement = catalog.GetStatement(new StatementId("austin-urges-shoigu"));
        Assert.Equal(SpeechAct.Urge, statement.Act);
        Assert.Equal(StatementForm.Indirect, statement.Form);
        Assert.Equal(ActorKind.Person, austin.Kind);
        Assert.Equal(SpeechAct.Confirm, catalog.GetStatement(new StatementId("russia-confirms-call")).Act);
        Assert.Equal(new DateOnly(2022, 10, 21), statement.SaidOn);
        Assert.Equal("keep “lines of communication” open", statement.Evidence.Exact);
        Assert.Equal(Yaml.Article.IndexOf("keep “lines", StringComparison.Ordinal), statement.Evidence.Start);
        Assert.Equal(new DocumentId("test-article"), statement.Evidence.Document);
        Assert.Equal(Yaml.Article.Length, catalog.GetDocument(new DocumentId("test-article")).TextLength);
        Assert.Equal(SanctionStatus.Imposed, Assert.Single(catalog.Sanctions).Status);
    }

    [Fact]
    public void Text_a_utf8_literal_cannot_hold_falls_back_to_a_string_literal()
    {
        Assert.EndsWith("u8", RecordDataLiteral.Of("plain “text” 😀", utf8: true), StringComparison.Ordinal);
        Assert.DoesNotContain("u8", RecordDataLiteral.Of("lone \uD800 surrogate", utf8: true), StringComparison.Ordinal);
        Assert.DoesNotContain("u8", RecordDataLiteral.Of("plain", utf8: false), StringComparison.Ordinal);
    }

    [Fact]
    public void Enum_values_travel_as_numbers_so_the_schema_lists_follow_the_runtime_enums_in_order()
    {
        static void NamedAlike<TEnum>(IEnumerable<string> schemaValues)
            where TEnum : struct, Enum =>
            Assert.Equal(Enum.GetNames<TEnum>(), schemaValues.Select(Dataset.Annotations.Naming.IdNames.ToPascalCase));

        NamedAlike<ActorKind>(Dataset.Annotations.Parsing.AnnotationSchema.ActorKinds);
        NamedAlike<SpeechAct>(Dataset.Annotations.Parsing.AnnotationSchema.SpeechActs);
        NamedAlike<StatementForm>(Dataset.Annotations.Parsing.AnnotationSchema.StatementForms);
        NamedAlike<SanctionStatus>(Dataset.Annotations.Parsing.AnnotationSchema.SanctionStatuses);
        Assert.Equal(Enumerable.Range(0, Enum.GetValues<SpeechAct>().Length), Enum.GetValues<SpeechAct>().Select(v => (int)v));
    }

    internal static DatasetCatalog Load(Compilation compilation)
    {
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        return Load(image.ToArray());
    }

    internal static DatasetCatalog Load(byte[] image)
    {
        var assembly = new AssemblyLoadContext("records", isCollectible: true).LoadFromStream(new MemoryStream(image));
        var catalog = assembly.GetTypes().Single(t => t.Name == "Catalog").GetField("Instance", BindingFlags.Public | BindingFlags.Static)!;
        return (DatasetCatalog)catalog.GetValue(null)!;
    }
}

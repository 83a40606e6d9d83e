using Dataset.Generators.Emitting;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Dataset.Generators.Tests.Safety;

/// <summary>
/// Generated record properties are declared under <c>#nullable enable</c> but their bodies, and the holder classes,
/// under <c>#nullable disable</c>, which spares the compiler nullable analysis of thousands of bodies. These tests
/// hold both halves: the public API is annotated as never null, and the code is null-safe with the analysis on.
/// </summary>
public class GeneratedNullabilityTests
{
    [Fact]
    public void The_seeds_generated_code_has_no_nullable_warning_with_the_analysis_on_everywhere()
    {
        AssertNullSafe(GeneratorHarness.Run(SeedEditTests.SeedFiles(), csharp: null));
    }

    [Fact]
    public void A_dataset_with_every_kind_of_record_has_no_nullable_warning_with_the_analysis_on_everywhere()
    {
        AssertNullSafe(GeneratorHarness.Run(Yaml.Files(Yaml.Valid), csharp: null));
    }

    [Fact]
    public void Record_properties_are_annotated_as_never_null()
    {
        var run = GeneratorHarness.Run(Yaml.Files(Yaml.Valid), csharp: null);
        var properties = new[] { "Documents", "Actors", "Statements", "Sanctions" }
            .Select(kind => run.Compilation.GetTypeByMetadataName("TestData." + kind)!)
            .SelectMany(type => type.GetMembers().OfType<IPropertySymbol>())
            .Where(p => p.Type.ContainingNamespace.Name == "Dataset" && p.Name != "All")
            .ToList();

        Assert.NotEmpty(properties);
        Assert.All(properties, p => Assert.Equal(NullableAnnotation.NotAnnotated, p.Type.NullableAnnotation));
    }

    private static void AssertNullSafe(GeneratorRun run)
    {
        var turnedOff = run.Sources.Where(s => s.Value.Contains(AnnotationEmitter.NullableOff, StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(turnedOff);
        var parseOptions = new CSharpParseOptions(LanguageVersion.CSharp12);
        var trees = run.Sources.Select(s => CSharpSyntaxTree.ParseText(WithAnalysisOn(s.Value), parseOptions, path: s.Key));
        var compilation = GeneratorHarness.CreateCompilation(csharp: null).AddSyntaxTrees(trees);

        var problems = compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private static string WithAnalysisOn(string source) => string.Join('\n', source.Split('\n')
        .Where(line => line.Trim() is not (AnnotationEmitter.NullableOff or AnnotationEmitter.NullableRestore)));
}

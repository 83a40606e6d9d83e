using Dataset.Generators.Emitting;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Dataset.Generators.Tests.Safety;

/// <summary>
/// Generated record fields are declared under <c>#nullable enable</c>, but the holder classes and the static
/// constructors that set the fields under <c>#nullable disable</c>, which spares the compiler nullable analysis of
/// code it cannot judge. These tests hold both halves: the public API is annotated as never null, and the code is
/// null-safe with the analysis on, but for the one thing the analysis cannot see: the fields the catalog's index sets
/// by reflection in each class's static constructor (CS8618 there, and only there).
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
    public void Record_fields_are_annotated_as_never_null()
    {
        var run = GeneratorHarness.Run(Yaml.Files(Yaml.Valid), csharp: null);
        var fields = new[] { "Documents", "Actors", "Statements", "Sanctions" }
            .Select(kind => run.Compilation.GetTypeByMetadataName("TestData." + kind)!)
            .SelectMany(type => type.GetMembers().OfType<IFieldSymbol>())
            .ToList();

        Assert.Equal(4, fields.Select(f => f.ContainingType.Name).Distinct().Count());
        Assert.All(fields, f => Assert.True(f.IsStatic && f.IsReadOnly && f.DeclaredAccessibility == Accessibility.Public, f.Name));
        Assert.All(fields, f => Assert.Equal(NullableAnnotation.NotAnnotated, f.Type.NullableAnnotation));
    }

    private static void AssertNullSafe(GeneratorRun run)
    {
        var turnedOff = run.Sources.Where(s => s.Value.Contains(CodeWriter.NullableOff, StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(turnedOff);
        var parseOptions = new CSharpParseOptions(LanguageVersion.CSharp12);
        var trees = run.Sources.Select(s => CSharpSyntaxTree.ParseText(WithAnalysisOn(s.Value), parseOptions, path: s.Key));
        var compilation = GeneratorHarness.CreateCompilation(csharp: null).AddSyntaxTrees(trees);

        var problems = compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        var setByTheIndex = problems.Where(d => d.Id == "CS8618" && IsStaticConstructor(d.Location)).ToList();

        Assert.NotEmpty(setByTheIndex);
        Assert.True(problems.Count == setByTheIndex.Count, string.Join("\n", problems.Except(setByTheIndex)));
    }

    private static bool IsStaticConstructor(Location location) =>
        location.SourceTree!.GetRoot().FindNode(location.SourceSpan) is Microsoft.CodeAnalysis.CSharp.Syntax.ConstructorDeclarationSyntax constructor
            && constructor.Modifiers.Any(SyntaxKind.StaticKeyword);

    private static string WithAnalysisOn(string source) => string.Join('\n', source.Split('\n')
        .Where(line => line.Trim() is not (CodeWriter.NullableOff or CodeWriter.NullableRestore)));
}

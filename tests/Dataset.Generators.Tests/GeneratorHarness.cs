using System.Collections;
using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Dataset.Generators.Tests;

/// <summary>What one generator run produced: its diagnostics, sources, and the consumer compilation with them.</summary>
internal sealed record GeneratorRun(
    ImmutableArray<Diagnostic> Diagnostics,
    ImmutableDictionary<string, string> Sources,
    Compilation Compilation,
    GeneratorDriver Driver)
{
    /// <summary>Errors and warnings of the consumer compilation (generated code plus the test's own C#).</summary>
    public ImmutableArray<Diagnostic> CompilationProblems =>
        Compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToImmutableArray();

    public Diagnostic Single(string id) => Assert.Single(Diagnostics, d => d.Id == id);

    /// <summary>
    /// The diagnostics without the identity key's advice (DS0038) and the likely duplicate actors (DS0043): synthetic articles drawn from small vocabularies
    /// share imposers, reasons and days by chance, so the key rightly suggests pairs there. EventLinkBuildTests test it.
    /// </summary>
    public ImmutableArray<Diagnostic> DiagnosticsBesideLinkAdvice => GeneratorHarness.BesideLinkAdvice(Diagnostics);

    public string SourceFor(string hintPrefix) => Sources.Single(s => s.Key.StartsWith(hintPrefix, StringComparison.Ordinal)).Value;
}

/// <summary>
/// Runs the generator the way the compiler does. Every run is done twice, the second time on a clone of the
/// compilation, and fails unless every tracked step was Cached or Unchanged the second time; it also fails if any
/// step output holds a Compilation, ISymbol or SyntaxNode. So every generator test checks caching for free, except
/// the few that run hundreds of files with <c>trackSteps: false</c>: Roslyn records tracked steps by walking each
/// output's inputs as a tree, and each file's source depends, through the project's record-data form, on every
/// file's emit input, which itself depends on the whole id index and evidence index, so that walk grows with the
/// fourth power of the number of files. Builds do not track steps.
/// </summary>
internal static class GeneratorHarness
{
    public const string ProjectDirectory = "/project/";

    /// <summary>
    /// The diagnostics without the identity key's advice and the likely duplicate actors (see <see cref="GeneratorRun.DiagnosticsBesideLinkAdvice"/>).
    /// </summary>
    public static ImmutableArray<Diagnostic> BesideLinkAdvice(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.Where(d => d.Id is not "DS0038" and not "DS0043").ToImmutableArray();
    public const string Namespace = "TestData";

    public static readonly string[] AllTrackingNames = typeof(TrackingNames)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral)
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToArray();

    public static GeneratorRun Run(params (string Path, string? Text)[] files) => Run(files, csharp: null);

    public static GeneratorRun Run(
        (string Path, string? Text)[] files,
        string? csharp,
        string? datasetNamespace = null,
        LanguageVersion languageVersion = LanguageVersion.CSharp12,
        IEnumerable<MetadataReference>? references = null,
        string assemblyName = "Consumer",
        bool trackSteps = true)
    {
        var compilation = CreateCompilation(csharp, languageVersion, references, assemblyName);
        var driver = CreateDriver(
            files.Select(f => (AdditionalText)new InMemoryAdditionalText(Absolute(f.Path), f.Text)),
            datasetNamespace,
            languageVersion,
            trackSteps);
        var first = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        var second = first.RunGeneratorsAndUpdateCompilation(compilation.Clone(), out _, out _);
        AssertCached(second.GetRunResult());
        AssertNoRoslynObjectsInSteps(first.GetRunResult());
        var result = first.GetRunResult();
        Assert.Empty(result.Results.SelectMany(r => r.Exception is null ? [] : new[] { r.Exception }));
        var sources = result.Results.SelectMany(r => r.GeneratedSources).ToImmutableDictionary(s => s.HintName, s => s.SourceText.ToString());
        return new GeneratorRun(result.Diagnostics, sources, output, first);
    }

    public static string Absolute(string path) => path.StartsWith('/') ? path : ProjectDirectory + path;

    public static GeneratorDriver CreateDriver(
        IEnumerable<AdditionalText> files,
        string? datasetNamespace = null,
        LanguageVersion languageVersion = LanguageVersion.CSharp12,
        bool trackSteps = true)
    {
        var globals = ImmutableDictionary<string, string>.Empty
            .Add("build_property.RootNamespace", Namespace)
            .Add("build_property.ProjectDir", ProjectDirectory);
        if (datasetNamespace is not null)
        {
            globals = globals.Add("build_property.DatasetNamespace", datasetNamespace);
        }

        return CSharpGeneratorDriver.Create(
            generators: [new DatasetGenerator().AsSourceGenerator()],
            additionalTexts: files,
            // Generated trees are parsed with doc comments diagnosed, so that a broken XML doc (CS1570…) fails the test.
            parseOptions: new CSharpParseOptions(languageVersion, DocumentationMode.Diagnose),
            optionsProvider: new TestOptionsProvider(globals),
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));
    }

    /// <summary>A consumer compilation; <paramref name="references"/> adds, for example, shards.</summary>
    public static CSharpCompilation CreateCompilation(
        string? csharp,
        LanguageVersion languageVersion = LanguageVersion.CSharp12,
        IEnumerable<MetadataReference>? references = null,
        string assemblyName = "Consumer")
    {
        var trees = csharp is null ? [] : new[] { CSharpSyntaxTree.ParseText(csharp, new CSharpParseOptions(languageVersion), path: "/project/App.cs") };
        return CSharpCompilation.Create(
            assemblyName,
            trees,
            Basic.Reference.Assemblies.Net80.References.All.Append(MetadataReference.CreateFromFile(typeof(Dataset.Actor).Assembly.Location))
                .Concat(references ?? []),
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, generalDiagnosticOption: ReportDiagnostic.Error));
    }

    public static void AssertCached(GeneratorDriverRunResult rerun)
    {
        foreach (var (name, steps) in rerun.Results[0].TrackedSteps.Where(s => AllTrackingNames.Contains(s.Key)))
        {
            foreach (var output in steps.SelectMany(s => s.Outputs))
            {
                Assert.True(
                    output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                    $"Step {name} was {output.Reason} on an identical rerun: its model does not compare by value.");
            }
        }
    }

    private static void AssertNoRoslynObjectsInSteps(GeneratorDriverRunResult run)
    {
        foreach (var (name, steps) in run.Results[0].TrackedSteps.Where(s => AllTrackingNames.Contains(s.Key)))
        {
            foreach (var output in steps.SelectMany(s => s.Outputs))
            {
                AssertNoRoslynObjects(output.Value, name, new HashSet<object>(ReferenceEqualityComparer.Instance));
            }
        }
    }

    private static void AssertNoRoslynObjects(object? value, string step, HashSet<object> seen)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || !seen.Add(value))
        {
            return;
        }

        Assert.False(value is Compilation or ISymbol or SyntaxNode, $"Step {step} holds a {value.GetType().Name}, which defeats caching.");
        if (value is IEnumerable sequence)
        {
            foreach (var item in sequence)
            {
                AssertNoRoslynObjects(item, step, seen);
            }

            return;
        }

        foreach (var field in value.GetType().GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            AssertNoRoslynObjects(field.GetValue(value), step, seen);
        }
    }
}

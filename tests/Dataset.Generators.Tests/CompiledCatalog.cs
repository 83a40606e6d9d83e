using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;

namespace Dataset.Generators.Tests;

/// <summary>Emits a generator run's compilation and loads its catalog, so tests read values as an app would.</summary>
internal static class CompiledCatalog
{
    public static DatasetCatalog Load(GeneratorRun run)
    {
        using var image = new MemoryStream();
        var emitted = run.Compilation.Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        var assembly = new AssemblyLoadContext("catalog", isCollectible: true).LoadFromStream(new MemoryStream(image.ToArray()));
        var instance = assembly.GetType(
            GeneratorHarness.Namespace + ".Catalog",
            throwOnError: true)!.GetField("Instance", BindingFlags.Public | BindingFlags.Static)!;
        return (DatasetCatalog)instance.GetValue(null)!;
    }
}

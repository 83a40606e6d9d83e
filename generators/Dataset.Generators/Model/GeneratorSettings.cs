using Dataset.Annotations.Diagnostics;
using Dataset.Annotations.Naming;
using Dataset.Annotations.Paths;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Dataset.Generators.Model;

/// <summary>The MSBuild properties the generator reads: <c>DatasetNamespace</c> (else <c>RootNamespace</c>) and the project folder.</summary>
internal sealed record GeneratorSettings(string Namespace, string ProjectDirectory, DiagnosticInfo? Problem)
{
    /// <summary>Whether the language version has UTF-8 string literals (C# 11), which keep the catalog's id index out of the user-string heap.</summary>
    public bool Utf8Literals { get; init; } = true;

    public const string DefaultNamespace = "DatasetData";

    public static GeneratorSettings From(AnalyzerConfigOptions options)
    {
        options.TryGetValue("build_property.DatasetNamespace", out var configured);
        options.TryGetValue("build_property.RootNamespace", out var root);
        options.TryGetValue("build_property.ProjectDir", out var projectDir);
        var directory = ArticlePaths.Normalize(projectDir ?? string.Empty);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            var fallback = IsValidNamespace(root) ? root! : DefaultNamespace;
            return IsValidNamespace(configured)
                ? new GeneratorSettings(configured!, directory, null)
                : new GeneratorSettings(
                    fallback,
                    directory,
                    DiagnosticInfo.Create(DiagnosticDescriptors.InvalidNamespace, LocationInfo.None, configured!, fallback));
        }

        return new GeneratorSettings(IsValidNamespace(root) ? root! : DefaultNamespace, directory, null);
    }

    public static bool IsValidNamespace(string? value) => CSharpNames.IsValidNamespace(value);
}

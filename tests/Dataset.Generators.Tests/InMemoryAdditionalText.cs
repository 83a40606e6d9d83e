using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Dataset.Generators.Tests;

/// <summary>An AdditionalFiles entry held in memory; a null text models a file the compiler could not read.</summary>
internal sealed class InMemoryAdditionalText(string path, string? text) : AdditionalText
{
    public override string Path { get; } = path;

    public override SourceText? GetText(CancellationToken cancellationToken = default) =>
        text is null ? null : SourceText.From(text);
}

using Microsoft.CodeAnalysis;

namespace Dataset.RecordMembers;

/// <summary>
/// Generates the members of the runtime's records from their declared properties, so that a field is declared once
/// (docs/adding-a-field.md). Runs only when the runtime library is built; nothing of it ships.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class RecordMembersGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        context.RegisterPostInitializationOutput(static output => output.AddSource(RecordAttributes.HintName, RecordAttributes.Source));

        var records = context.SyntaxProvider.ForAttributeWithMetadataName(
                RecordAttributes.DataRecord,
                static (node, _) => node is Microsoft.CodeAnalysis.CSharp.Syntax.RecordDeclarationSyntax,
                static (syntax, token) => RecordModelReader.Read(syntax, token))
            .Where(static record => record is not null);

        context.RegisterSourceOutput(records, static (output, record) =>
            output.AddSource(RecordMembersEmitter.HintName(record!), RecordMembersEmitter.Emit(record!)));
    }
}

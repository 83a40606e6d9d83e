using System.Linq;
using System.Threading;
using Dataset.Annotations.Collections;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Dataset.RecordMembers;

/// <summary>Reads a record's declaration into its model: every partial property, in declaration order, with its attribute's options.</summary>
internal static class RecordModelReader
{
    private static readonly SymbolDisplayFormat TypeFormat = SymbolDisplayFormat.FullyQualifiedFormat.WithMiscellaneousOptions(
        SymbolDisplayMiscellaneousOptions.UseSpecialTypes | SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    public static RecordModel? Read(GeneratorAttributeSyntaxContext context, CancellationToken token)
    {
        if (context.TargetSymbol is not INamedTypeSymbol record || context.TargetNode is not TypeDeclarationSyntax declaration)
        {
            return null;
        }

        var navigates = context.Attributes[0].NamedArguments.Any(a => a.Key == "Navigates" && a.Value.Value is true);
        var fields = declaration.Members
            .OfType<PropertyDeclarationSyntax>()
            .Where(p => p.Modifiers.Any(SyntaxKind.PartialKeyword))
            .Select(p => context.SemanticModel.GetDeclaredSymbol(p, token))
            .OfType<IPropertySymbol>()
            .Select(Field)
            .ToEquatableArray();
        return new RecordModel(record.ContainingNamespace.ToDisplayString(), record.Name, navigates, fields);
    }

    private static FieldModel Field(IPropertySymbol property)
    {
        var options = property.GetAttributes().FirstOrDefault(a => a.AttributeClass?.ToDisplayString() == RecordAttributes.Field);
        var type = property.Type;
        var nullable = type.NullableAnnotation == NullableAnnotation.Annotated;
        var valueType = type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } wrapped ? wrapped.TypeArguments[0] : type;
        var item = type is INamedTypeSymbol { IsGenericType: true } generic
            && generic.OriginalDefinition.ToDisplayString() == "System.Collections.Generic.IReadOnlyList<T>"
            ? generic.TypeArguments[0]
            : null;
        return new FieldModel(
            property.Name,
            type.ToDisplayString(TypeFormat),
            item is not null ? DataKind.List : KindOf(valueType),
            nullable,
            item is null ? DataKind.Other : KindOf(item),
            item?.ToDisplayString(TypeFormat),
            Named(options, "Parameter") as string ?? char.ToLowerInvariant(property.Name[0]) + property.Name.Substring(1),
            Named(options, "Optional") is true,
            Named(options, "InConstructor") is not false,
            Named(options, "OmitWhenEmpty") is true);
    }

    private static DataKind KindOf(ITypeSymbol type) => type switch
    {
        { SpecialType: SpecialType.System_String } => DataKind.Text,
        { SpecialType: SpecialType.System_Int32 } => DataKind.Number,
        { SpecialType: SpecialType.System_Boolean } => DataKind.Flag,
        { TypeKind: TypeKind.Enum } => DataKind.Enum,
        { Name: "DateOnly", ContainingNamespace.Name: "System" } => DataKind.Date,
        { Name: "SourceLocation" } => DataKind.Source,
        INamedTypeSymbol { IsValueType: true, IsRecord: true } id when id.GetMembers("Value")
            .OfType<IPropertySymbol>()
            .Any(v => v.Type.SpecialType == SpecialType.System_String) => DataKind.Id,
        _ => DataKind.Other,
    };

    private static object? Named(AttributeData? attribute, string name) =>
        attribute?.NamedArguments.FirstOrDefault(a => a.Key == name).Value.Value;
}

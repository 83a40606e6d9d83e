using System.Collections.Immutable;
using System.Runtime.Loader;
using System.Text.RegularExpressions;
using CsCheck;
using Dataset.Generators.Emitting;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Dataset.Generators.Tests.Safety;

/// <summary>
/// Property tests over arbitrary strings for the three functions every piece of YAML text passes through on its way
/// into generated code: <see cref="CSharpLiteral.String"/>, <see cref="XmlDoc.Text"/> and <see cref="GeneratedNames.Identifier"/>.
/// </summary>
public partial class GeneratedCodeSafetyTests
{
    private static readonly CSharpParseOptions DiagnoseDocs = new(LanguageVersion.CSharp12, DocumentationMode.Diagnose);

    [Fact]
    public void Every_string_becomes_one_printable_ascii_literal_that_reads_back_as_the_same_value()
    {
        HostileStrings.Any.Sample(value =>
        {
            var literal = CSharpLiteral.String(value);

            Assert.Matches(PrintableAscii(), literal);
            var expression = SyntaxFactory.ParseExpression(literal, options: DiagnoseDocs);
            Assert.Empty(expression.GetDiagnostics());
            var token = Assert.IsType<LiteralExpressionSyntax>(expression).Token;
            Assert.Equal(SyntaxKind.StringLiteralToken, token.Kind());
            Assert.Equal(literal, expression.ToFullString());
            Assert.Equal(value, token.ValueText);
        }, iter: 20_000);
    }

    [Fact]
    public void Emitted_literals_compile_without_warnings_and_round_trip_at_run_time()
    {
        var values = HostileStrings.Any.Array[400].Single().Append(null).Append(string.Empty).Append(new string('\0', 3)).ToArray();
        var source = "#nullable enable\n/// <summary>Literals.</summary>\npublic static class Values\n{\n    /// <summary>All of them.</summary>\n    public " +
            "static string?[] All => new string?[]\n    {\n"
            + string.Concat(values.Select(v => "        " + CSharpLiteral.String(v) + ",\n"))
            + "    };\n}\n";

        var compilation = CSharpCompilation.Create(
            "Literals",
            [CSharpSyntaxTree.ParseText(source, DiagnoseDocs)],
            Basic.Reference.Assemblies.Net80.References.All,
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, generalDiagnosticOption: ReportDiagnostic.Error,
                warningLevel: 9999));
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);

        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        Assert.Empty(emitted.Diagnostics);
        var context = new AssemblyLoadContext("literals", isCollectible: true);
        try
        {
            image.Position = 0;
            var all = (string?[])context.LoadFromStream(image).GetType("Values")!.GetProperty("All")!.GetValue(null)!;
            Assert.Equal(values, all);
        }
        finally
        {
            context.Unload();
        }
    }

    [Fact]
    public void Doc_text_from_any_string_stays_inside_its_comment_and_is_well_formed_xml()
    {
        HostileStrings.Any.Sample(value =>
        {
            var text = XmlDoc.Text(value);
            var source = $"/// <summary>{text} (“{text}”)</summary>\n/// <remarks>Id <c>{text}</c>.</remarks>\npublic static class C\n{{\n}}\n";

            var tree = CSharpSyntaxTree.ParseText(source, DiagnoseDocs);

            Assert.Empty(tree.GetDiagnostics());
            var type = Assert.Single(tree.GetCompilationUnitRoot().Members);
            Assert.Equal("C", Assert.IsType<ClassDeclarationSyntax>(type).Identifier.ValueText);
            var doc = Assert.Single(type.GetLeadingTrivia(), t => t.IsKind(SyntaxKind.SingleLineDocumentationCommentTrivia));
            Assert.Empty(doc.GetStructure()!.DescendantNodes().OfType<XmlElementSyntax>().SelectMany(e => e.StartTag.Attributes));
            Assert.Equal(3, doc.GetStructure()!.DescendantNodes().OfType<XmlElementSyntax>().Count());
        }, iter: 5_000);
    }

    [Fact]
    public void Doc_text_from_any_string_compiles_without_xml_doc_warnings()
    {
        // Some checks (characters XML forbids, such as U+FFFE) happen only when the compiler reads the docs, so
        // batches of samples are compiled with docs diagnosed and every warning an error.
        HostileStrings.Any.Array[40].Sample(batch => Assert.Empty(DocCompilationProblems(batch.Select(XmlDoc.Text))), iter: 60);
    }

    [Fact]
    public void The_doc_checks_do_catch_text_that_breaks_the_comment()
    {
        // Guards the properties above: unescaped markup, a C# newline or a character XML forbids is seen as a problem.
        foreach (var raw in new[] { "a < b & c", "line\u2028int x;", "\uFFFE" })
        {
            Assert.NotEmpty(DocCompilationProblems([raw]));
        }
    }

    private static ImmutableArray<Diagnostic> DocCompilationProblems(IEnumerable<string> docTexts)
    {
        var source = string.Concat(
            docTexts.Select((text, i) => $"/// <summary>{text}</summary>\n/// <remarks>Id <c>{text}</c>.</remarks>\npublic static class C{i}\n{{\n}}\n"));
        var compilation = CSharpCompilation.Create(
            "Docs",
            [CSharpSyntaxTree.ParseText(source, DiagnoseDocs)],
            Basic.Reference.Assemblies.Net80.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, generalDiagnosticOption: ReportDiagnostic.Error, warningLevel: 9999));
        return compilation.GetDiagnostics();
    }

    [Fact]
    public void Every_string_becomes_a_valid_identifier()
    {
        HostileStrings.Any.Sample(value =>
        {
            var identifier = GeneratedNames.Identifier(value);

            var name = SyntaxFactory.ParseName(identifier);
            Assert.Empty(name.GetDiagnostics());
            Assert.IsType<IdentifierNameSyntax>(name);
            Assert.Equal(identifier, name.ToFullString());
        }, iter: 20_000);
    }

    [Fact]
    public void Valid_ids_become_names_unchanged_by_the_identifier_function()
    {
        // Ids are checked, never repaired: an id that passes validation must not be renamed on the way into code.
        var word = Gen.String[Gen.Char["abcdefghijklmnopqrstuvwxyz0123456789"], 1, 6];
        var ids = Gen.Select(Gen.Char['a', 'z'], word.Array[0, 4], (first, rest) => string.Join("-", rest.Prepend(first + "x")));

        ids.Sample(id =>
        {
            var name = Dataset.Annotations.Naming.IdNames.ToPascalCase(id);

            Assert.True(Dataset.Annotations.Parsing.MappingReader.IsValidId(id), id);
            Assert.Equal(name, GeneratedNames.Identifier(name));
            Assert.True(SyntaxFacts.IsValidIdentifier(name), name);
        }, iter: 5_000);
    }

    [GeneratedRegex("^[ -~]*$")]
    private static partial Regex PrintableAscii();
}

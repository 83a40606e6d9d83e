using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Dataset.Annotations.Naming;

/// <summary>
/// The C# language's rules for names, without a compiler: what an identifier may hold (C# spec, "Identifiers") and
/// which words are reserved. The build, the tool and manifests read by either decide names with these alone.
/// </summary>
internal static class CSharpNames
{
    private static readonly HashSet<string> Keywords = new(System.StringComparer.Ordinal)
    {
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const",
        "continue", "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern",
        "false", "finally", "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface",
        "internal", "is", "lock", "long", "namespace", "new", "null", "object", "operator", "out", "override",
        "params", "private", "protected", "public", "readonly", "ref", "return", "sbyte", "sealed", "short", "sizeof",
        "stackalloc", "static", "string", "struct", "switch", "this", "throw", "true", "try", "typeof", "uint",
        "ulong", "unchecked", "unsafe", "ushort", "using", "virtual", "void", "volatile", "while",
        "__arglist", "__makeref", "__reftype", "__refvalue",
    };

    /// <summary>A reserved word, which an identifier can only be with an <c>@</c> before it.</summary>
    public static bool IsKeyword(string name) => Keywords.Contains(name);

    /// <summary>A name as written, without <c>@</c>: a letter or underscore, then letters, digits, connectors, marks.</summary>
    public static bool IsValidIdentifier(string name) =>
        name.Length > 0 && IsStart(name[0]) && name.Skip(1).All(IsPart);

    /// <summary>A dotted namespace every part of which is an identifier and no keyword.</summary>
    public static bool IsValidNamespace(string? value) =>
        !string.IsNullOrWhiteSpace(value) && value!.Split('.').All(part => IsValidIdentifier(part) && !IsKeyword(part));

    private static bool IsStart(char c) => c == '_' || CharUnicodeInfo.GetUnicodeCategory(c) is
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
        or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.LetterNumber;

    private static bool IsPart(char c) => IsStart(c) || CharUnicodeInfo.GetUnicodeCategory(c) is
        UnicodeCategory.DecimalDigitNumber or UnicodeCategory.ConnectorPunctuation or UnicodeCategory.NonSpacingMark
        or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.Format;
}

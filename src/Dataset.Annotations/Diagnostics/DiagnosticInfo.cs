using System.Linq;
using Dataset.Annotations.Collections;

namespace Dataset.Annotations.Diagnostics;

/// <summary>A diagnostic as plain data: which rule, where, and the message arguments. Reported only in the output step.</summary>
internal sealed record DiagnosticInfo(string Id, LocationInfo Location, EquatableArray<string> Arguments)
{
    public static DiagnosticInfo Create(DiagnosticRule rule, LocationInfo location, params string[] arguments) =>
        new(rule.Id, location, arguments.Select(MessageText.Clean).ToEquatableArray());

    public DiagnosticRule Rule => DiagnosticDescriptors.ById(Id);

    public bool IsError => Rule.Severity == RuleSeverity.Error;

    /// <summary>The formatted message, as the compiler prints it.</summary>
    public string Message => Rule.Format(ArgumentObjects());

    /// <summary>The arguments as the <c>params object[]</c> a message format takes.</summary>
    public object[] ArgumentObjects()
    {
        var args = new object[Arguments.Count];
        for (var i = 0; i < args.Length; i++)
        {
            args[i] = Arguments[i];
        }

        return args;
    }
}

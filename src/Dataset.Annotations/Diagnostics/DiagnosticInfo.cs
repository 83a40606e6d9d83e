using System.Linq;
using Dataset.Annotations.Collections;

namespace Dataset.Annotations.Diagnostics;

/// <summary>A diagnostic as plain data: which rule, where, and the message arguments. Reported only in the output step.</summary>
internal sealed record DiagnosticInfo(string Id, LocationInfo Location, EquatableArray<string> Arguments)
{
    public static DiagnosticInfo Create(DiagnosticRule rule, LocationInfo location, params string[] arguments) =>
        new(rule.Id, location, arguments.Select(MessageText.Clean).ToEquatableArray());

    /// <summary>
    /// Replacements for the text at <see cref="Location"/> that would fix it: the candidates the message's "did you
    /// mean" names, as data, so an editor offers each as a fix without reading the message back.
    /// </summary>
    public EquatableArray<string> Fixes { get; init; } = EquatableArray<string>.Empty;

    /// <summary>
    /// Fixes that change text elsewhere than <see cref="Location"/> (a field's name, say), each with the title an editor
    /// shows: as data, like <see cref="Fixes"/>.
    /// </summary>
    public EquatableArray<FixEdit> Edits { get; init; } = EquatableArray<FixEdit>.Empty;

    /// <summary>A diagnostic whose message ends with a "did you mean", carrying its candidates as <see cref="Fixes"/>.</summary>
    public DiagnosticInfo WithFixes(DidYouMean hint) => this with { Fixes = hint.Candidates };

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

/// <summary>A fix that replaces the text at <paramref name="At"/> with <paramref name="Text"/>; <paramref name="Title"/> says what it does.</summary>
internal sealed record FixEdit(string Title, LocationInfo At, string Text);

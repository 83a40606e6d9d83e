using System.Globalization;

namespace Dataset.Annotations.Diagnostics;

/// <summary>How much a rule's diagnostic matters: an error fails the build, a warning and advice do not.</summary>
public enum RuleSeverity
{
    /// <summary>Advice, such as an uncovered passage (DS0028).</summary>
    Info,

    /// <summary>Something probably wrong that still builds.</summary>
    Warning,

    /// <summary>The build fails and the records are not to be used.</summary>
    Error,
}

/// <summary>
/// One diagnostic the annotations can get, as plain data: the build turns it into a compiler descriptor, the tool and
/// the language server print or publish it as it is, so all three speak with the same id, severity and words.
/// </summary>
/// <param name="Id">The stable id, for example DS0010.</param>
/// <param name="Title">A short title.</param>
/// <param name="MessageFormat">The message, with <c>{0}</c>-style places for its arguments.</param>
/// <param name="Category">The compiler's category.</param>
/// <param name="Severity">Its default severity.</param>
/// <param name="HelpLink">Where it is explained, relative to the repository: <c>docs/diagnostics.md#ds0010</c>.</param>
public sealed record DiagnosticRule(string Id, string Title, string MessageFormat, string Category, RuleSeverity Severity, string HelpLink)
{
    /// <summary>The message with its arguments in place.</summary>
    public string Format(params object[] arguments) => string.Format(CultureInfo.InvariantCulture, MessageFormat, arguments);
}

using System.Linq;
using Dataset.Generators.Model;
using Microsoft.CodeAnalysis;

namespace Dataset.Generators.Diagnostics;

/// <summary>A diagnostic as plain data: which descriptor, where, and the message arguments. Reported only in the output step.</summary>
internal sealed record DiagnosticInfo(string Id, LocationInfo Location, EquatableArray<string> Arguments)
{
    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, LocationInfo location, params string[] arguments) =>
        new(descriptor.Id, location, arguments.Select(MessageText.Clean).ToEquatableArray());

    public DiagnosticDescriptor Descriptor => DiagnosticDescriptors.ById(Id);

    public Diagnostic ToDiagnostic() => Diagnostic.Create(Descriptor, Location.ToLocation(), messageArgs: ToObjects());

    /// <summary>The formatted message, for the command-line validator and tests.</summary>
    public string Message => string.Format(System.Globalization.CultureInfo.InvariantCulture, Descriptor.MessageFormat.ToString(System.Globalization.CultureInfo.InvariantCulture), ToObjects());

    private object[] ToObjects()
    {
        var args = new object[Arguments.Count];
        for (var i = 0; i < args.Length; i++)
        {
            args[i] = Arguments[i];
        }

        return args;
    }
}

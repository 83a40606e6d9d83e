using System.Collections.Generic;
using System.Text;

namespace Dataset.Annotations.Naming;

/// <summary>The one rule that turns a kebab-case id into a C# member name: <c>lloyd-austin</c> → <c>LloydAustin</c>.</summary>
internal static class IdNames
{
    /// <summary>Names a generated member may not take, because its class or <see cref="object"/> already uses them.</summary>
    private static readonly HashSet<string> Reserved = new(System.StringComparer.Ordinal)
    {
        "All", "Actors", "Statements", "Sanctions", "Documents", "Equals", "GetHashCode", "GetType", "ToString",
        "ReferenceEquals", "MemberwiseClone", "Finalize",
    };

    public static string ToPascalCase(string id)
    {
        var builder = new StringBuilder(id.Length);
        var upper = true;
        foreach (var c in id)
        {
            if (c == '-')
            {
                upper = true;
                continue;
            }

            builder.Append(upper ? char.ToUpperInvariant(c) : c);
            upper = false;
        }

        return builder.ToString();
    }

    public static bool IsReserved(string name) => Reserved.Contains(name);
}

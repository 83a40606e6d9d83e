using Dataset.Annotations.Collections;

namespace Dataset.RecordMembers;

/// <summary>How a field's value compares, hashes and prints.</summary>
internal enum DataKind
{
    /// <summary>A string, printed as it is.</summary>
    Text,

    /// <summary>A typed id (a record struct holding a string <c>Value</c>), printed as its value.</summary>
    Id,

    /// <summary>An enum value, printed as its name.</summary>
    Enum,

    /// <summary>A <c>DateOnly</c>, printed as yyyy-MM-dd.</summary>
    Date,

    /// <summary>An <c>int</c>, printed culture-invariant.</summary>
    Number,

    /// <summary>A <c>bool</c>, printed only when set.</summary>
    Flag,

    /// <summary>Where the record was declared: a constructor parameter after the required ones, not data.</summary>
    Source,

    /// <summary>An <c>IReadOnlyList&lt;T&gt;</c>, compared and hashed item by item.</summary>
    List,

    /// <summary>Anything else (a nested record), printed by its own <c>ToString</c>.</summary>
    Other,
}

/// <summary>One data property of a record, as declared.</summary>
/// <param name="Name">The property's name.</param>
/// <param name="Type">The property's type as C# writes it, fully qualified, with its nullable mark.</param>
/// <param name="Kind">How the value compares and prints.</param>
/// <param name="Nullable">Whether the value may be null.</param>
/// <param name="Item">For a list, how its items print (<see cref="DataKind.Text"/>, <see cref="DataKind.Id"/> or <see cref="DataKind.Other"/>).</param>
/// <param name="ItemType">For a list, its item type, fully qualified.</param>
/// <param name="Parameter">The constructor parameter's name.</param>
/// <param name="Optional">Whether the constructor parameter is optional (after the source location; a list's null is empty).</param>
/// <param name="InConstructor">Whether the constructor takes it at all (else it is set with <c>init</c>, and is empty until then).</param>
/// <param name="OmitWhenEmpty">Whether a list prints only when it has items.</param>
internal sealed record FieldModel(
    string Name,
    string Type,
    DataKind Kind,
    bool Nullable,
    DataKind Item,
    string? ItemType,
    string Parameter,
    bool Optional,
    bool InConstructor,
    bool OmitWhenEmpty);

/// <summary>A record whose members are generated: its name, namespace, whether it navigates through a catalog, and its fields in declaration order.</summary>
internal sealed record RecordModel(string Namespace, string Name, bool Navigates, EquatableArray<FieldModel> Fields);

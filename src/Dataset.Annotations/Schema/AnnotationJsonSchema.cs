using System.Collections.Generic;
using System.Linq;
using Dataset.Annotations.Parsing;

namespace Dataset.Annotations.Schema;

/// <summary>
/// The JSON Schema (draft-07, which editors' YAML language servers read) of the annotation format, generated from
/// <see cref="AnnotationSchema"/> and <see cref="FieldPatterns"/>: the same definition the generator reads against,
/// so the schema cannot drift from what the build accepts.
/// </summary>
public static class AnnotationJsonSchema
{
    /// <summary>The file name the schema is shipped under, and that annotations name in their schema comment.</summary>
    public const string FileName = "annotation.schema.json";

    /// <summary>The comment an annotation starts with so that editors validate and complete it.</summary>
    public const string ModelineComment = "# yaml-language-server: $schema=" + FileName;

    /// <summary>The schema as indented JSON text with \n line ends.</summary>
    public static string Generate()
    {
        var root = new JsonObject
        {
            { "$schema", "http://json-schema.org/draft-07/schema#" },
            { "title", "Dataset annotation" },
        };
        root.AddRange(Section(AnnotationSchema.TopLevel, AnnotationSchema.TopLevel.Description));
        return JsonWriter.Write(root);
    }

    private static JsonObject Section(SectionSpec section, string description)
    {
        var schema = new JsonObject
        {
            { "description", description },
            { "type", "object" },
        };
        var required = section.Fields.Where(f => f.Required).Select(f => (object)f.Name).ToList();
        if (required.Count > 0)
        {
            schema.Add("required", required);
        }

        var properties = new JsonObject();
        foreach (var field in section.Fields)
        {
            properties.Add(field.Name, Field(field));
        }

        schema.Add("properties", properties);
        schema.Add("additionalProperties", false);
        return schema;
    }

    /// <summary>One provision as written: a kind, or free text (anything that is not a lone kebab-case word).</summary>
    private static JsonObject Provision(FieldSpec field) => new()
    {
        { "type", "string" },
        { "anyOf", new List<object> { new JsonObject { { "enum", field.Values.Cast<object>().ToList() } }, new JsonObject { { "pattern", "[^a-z-]" } } } },
    };

    private static JsonObject Field(FieldSpec field)
    {
        switch (field.Kind)
        {
            case FieldKind.Mapping:
                return Section(field.Section!, field.Description);
            case FieldKind.MappingList:
                return List(field, Section(field.Section!, field.Section!.Description));
            case FieldKind.ActorRefList:
                return List(field, IdString(null));
            case FieldKind.RecordRefs:
                return new JsonObject
                {
                    { "description", field.Description },
                    { "anyOf", new List<object> { IdString(null), new JsonObject { { "type", "array" }, { "items", IdString(null) } } } },
                };
            case FieldKind.ProvisionList:
                // A kind, or free text: anything that is not a lone kebab-case word; or one of those with its targets.
                return List(field, new JsonObject
                {
                    {
                        "anyOf",
                        new List<object>
                        {
                            Provision(field),
                            new JsonObject
                            {
                                { "type", "object" },
                                { "minProperties", 1 },
                                { "maxProperties", 1 },
                                { "propertyNames", Provision(field) },
                                {
                                    "additionalProperties",
                                    new JsonObject
                                    {
                                        { "description", "The targets the provision applies to: ids among the sanction's targets." },
                                        {
                                            "anyOf",
                                            new List<object>
                                            {
                                                IdString(null), new JsonObject { { "type", "array" }, { "minItems", 1 }, { "items", IdString(null) } },
                                            }
                                        },
                                    }
                                },
                            },
                        }
                    },
                });
            case FieldKind.TextList:
                return List(field, new JsonObject { { "type", "string" } });
            case FieldKind.Enum:
            case FieldKind.Language:
                return new JsonObject
                {
                    { "description", field.Description },
                    { "type", "string" },
                    { "enum", field.Values.Cast<object>().ToList() },
                };
            case FieldKind.Id:
            case FieldKind.ActorRef:
            case FieldKind.StatementRef:
                return IdString(field.Description);
            case FieldKind.Date:
                return PatternString(field.Description, FieldPatterns.Date);
            case FieldKind.DateOrUndated:
                return new JsonObject
                {
                    { "description", field.Description },
                    { "type", "string" },
                    {
                        "anyOf",
                        new List<object>
                        {
                            new JsonObject { { "pattern", FieldPatterns.Date } },
                            new JsonObject { { "enum", AnnotationSchema.SaidOnWords.ToList<object>() } },
                        } },
                };
            case FieldKind.Wikidata:
                return PatternString(field.Description, FieldPatterns.Wikidata);
            case FieldKind.Url:
                var url = PatternString(field.Description, FieldPatterns.Url);
                url.Add("format", "uri");
                return url;
            case FieldKind.Alternative:
                return new JsonObject
                {
                    { "description", field.Description },
                    {
                        "anyOf",
                        new List<object>
                        {
                            new JsonObject { { "type", "string" } },
                            new JsonObject { { "type", "array" }, { "items", new JsonObject { { "type", "string" } } } },
                        } },
                };
            case FieldKind.Flag:
                return new JsonObject
                {
                    { "description", field.Description },
                    { "type", "boolean" },
                };
            default:
                return PatternString(field.Description, FieldPatterns.NonBlank);
        }
    }

    private static JsonObject List(FieldSpec field, JsonObject items)
    {
        var schema = new JsonObject
        {
            { "description", field.Description },
            { "type", "array" },
            { "items", items },
        };
        if (field.Required)
        {
            schema.Add("minItems", 1);
        }

        return schema;
    }

    private static JsonObject IdString(string? description)
    {
        var schema = PatternString(description, FieldPatterns.Id);
        schema.Add("maxLength", FieldPatterns.MaxIdLength);
        return schema;
    }

    private static JsonObject PatternString(string? description, string pattern)
    {
        var schema = new JsonObject();
        if (description is not null)
        {
            schema.Add("description", description);
        }

        schema.Add("type", "string");
        schema.Add("pattern", pattern);
        return schema;
    }
}

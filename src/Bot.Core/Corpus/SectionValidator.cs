using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.Extensions.Options;

namespace Bot.Core.Corpus;

/// <summary>
/// Validates an options class with its data annotations and reports each failure by its configuration key
/// (<c>Retrieval:B must be between 0 and 1</c>), so a person knows what to fix. Values are not echoed: options
/// classes elsewhere hold secrets, and the rule is the same everywhere.
/// </summary>
public sealed class SectionValidator<TOptions>(string section) : IValidateOptions<TOptions>
    where TOptions : class
{
    public ValidateOptionsResult Validate(string? name, TOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var results = new List<ValidationResult>();
        if (Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true))
        {
            return ValidateOptionsResult.Success;
        }

        return ValidateOptionsResult.Fail(results.Select(result => string.Create(CultureInfo.InvariantCulture,
            $"{section}:{string.Join(',', result.MemberNames)}: {result.ErrorMessage}")));
    }
}

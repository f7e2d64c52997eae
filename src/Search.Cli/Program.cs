using System.Text;
using Pipeline.Cli;

Console.OutputEncoding = new UTF8Encoding(false);
Console.InputEncoding = new UTF8Encoding(false);
return await CommandHost.RunAsync(args);

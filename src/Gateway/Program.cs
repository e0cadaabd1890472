using Segmentation.Gateway;
using Segmentation.Gateway.Apis;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddGatewayServices();

var app = builder.Build();
app.UseGatewayPipeline();
app.MapDefaultEndpoints();
app.MapReferenceDataApi();
app.Run();

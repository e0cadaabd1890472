using Segmentation.Gateway;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddGatewayServices();

var app = builder.Build();
app.UseGatewayPipeline();
app.MapDefaultEndpoints();
app.MapGatewayApis();
app.Run();

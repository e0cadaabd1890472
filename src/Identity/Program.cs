using Segmentation.Identity;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddIdentityServices();

var app = builder.Build();
app.UseIdentityPipeline();
app.MapDefaultEndpoints();
app.MapIdentityEndpoints();
app.Run();

using Segmentation.Requirements;
using Segmentation.Requirements.Grpc;
using Segmentation.ServiceDefaults.Grpc;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddRequirementsServices();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapSegmentationGrpcDefaults();
app.MapRequirementsGrpcServices();
app.Run();

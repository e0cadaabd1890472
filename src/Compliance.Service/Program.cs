using Segmentation.Compliance;
using Segmentation.ServiceDefaults.Grpc;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddComplianceServices();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapSegmentationGrpcDefaults();
app.MapComplianceGrpcServices();
app.Run();

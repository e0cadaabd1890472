using Segmentation.Events;
using Segmentation.ServiceDefaults.Grpc;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddEventsServices();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapSegmentationGrpcDefaults();
app.MapEventsGrpcServices();
app.Run();

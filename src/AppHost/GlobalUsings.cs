global using Segmentation.ServiceDefaults;

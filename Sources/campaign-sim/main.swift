import CampaignCLI
CampaignSim.runMain()

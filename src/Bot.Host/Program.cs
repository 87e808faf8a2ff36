// Placeholder until the composition root lands.
return 0;
